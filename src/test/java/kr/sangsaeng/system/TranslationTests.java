package kr.sangsaeng.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a reader sees comes from the message bundles ({@code messages/*.properties}, English, with a
 * {@code _ko} Korean twin for each), which hold every key in both languages.
 */
class TranslationTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path BUNDLES = Path.of("src/main/resources/messages");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	private static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"value", "label", "content");

	@Test
	void everyBundleHasTheSameKeysInKoreanAndEnglish() throws IOException {
		for (String bundle : bundleNames()) {
			Properties english = load(bundle + ".properties");
			Properties korean = load(bundle + "_ko.properties");
			assertThat(korean.stringPropertyNames()).as("keys of %s missing in Korean", bundle)
				.containsAll(english.stringPropertyNames());
			assertThat(english.stringPropertyNames()).as("keys of %s missing in English", bundle)
				.containsAll(korean.stringPropertyNames());
			if (Files.exists(BUNDLES.resolve(bundle + "_en.properties"))) {
				assertThat(english.stringPropertyNames()).as("English overrides of %s keys that do not exist", bundle)
					.containsAll(load(bundle + "_en.properties").stringPropertyNames());
			}
			assertThat(korean.stringPropertyNames()).allSatisfy(key -> assertThat(korean.getProperty(key)).as(key)
				.isNotBlank());
		}
	}

	@Test
	void theApplicationReadsEveryBundle() throws IOException {
		Properties settings = new Properties();
		try (InputStream in = TranslationTests.class.getClassLoader().getResourceAsStream("application.properties")) {
			settings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Set<String> configured = new HashSet<>(
				Arrays.asList(settings.getProperty("spring.messages.basename").split("\\s*,\\s*")));
		assertThat(configured).containsAll(bundleNames().stream().map(bundle -> "messages/" + bundle).toList());
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Set<String> seen = new HashSet<>();
		List<String> duplicates = new ArrayList<>();
		for (String bundle : bundleNames()) {
			for (String key : load(bundle + ".properties").stringPropertyNames()) {
				if (!seen.add(key)) {
					duplicates.add(bundle + ": " + key);
				}
			}
		}
		assertThat(duplicates).isEmpty();
	}

	@Test
	void everyMessageKeyATemplateUsesExists() throws IOException {
		Set<String> keys = new HashSet<>();
		for (String bundle : bundleNames()) {
			keys.addAll(load(bundle + ".properties").stringPropertyNames());
		}
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
			while (key.find()) {
				if (!keys.contains(key.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (isReplacedOrUntranslatable(element)) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (LETTER.matcher(text.text()).find()) {
						hardCoded.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> "
								+ text.text().strip());
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (READABLE_ATTRIBUTES.contains(attribute.getKey()) && LETTER.matcher(attribute.getValue()).find()
							&& !element.hasAttr("th:" + attribute.getKey()) && !isMachineReadable(element, attribute)) {
						hardCoded.add(TEMPLATES.relativize(template) + ": " + attribute);
					}
				}
			}
		}
		assertThat(hardCoded).isEmpty();
	}

	private static boolean isReplacedOrUntranslatable(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			if (current.hasAttr("th:text") || current.hasAttr("th:utext") || current.hasAttr("th:errors") || current.hasAttr("th:replace")
					|| current.hasAttr("th:insert") || current.hasAttr("sec:authentication")
					|| "no".equals(current.attr("translate")) || current.tagName().equals("script")
					|| current.tagName().equals("style")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isMachineReadable(Element element, Attribute attribute) {
		return element.tagName().equals("meta") || (attribute.getKey().equals("value") && element.hasAttr("type")
				&& !Set.of("submit", "button", "reset").contains(element.attr("type")));
	}

	private static Set<String> bundleNames() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".properties") && !name.matches(".*_(ko|en)\\.properties"))
				.map(name -> name.substring(0, name.length() - ".properties".length()))
				.collect(TreeSet::new, Set::add, Set::addAll);
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String bundleFile) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TranslationTests.class.getClassLoader().getResourceAsStream("messages/" + bundleFile)) {
			assertThat(in).as(bundleFile).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
