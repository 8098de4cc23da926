package kr.sangsaeng.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Every text a reader sees comes from the message bundles, which hold every key in Korean and English.
 */
class TranslationTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	private static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"value", "label", "content");

	@Test
	void koreanAndEnglishHaveTheSameKeys() throws IOException {
		Properties english = load("messages/messages.properties");
		Properties korean = load("messages/messages_ko.properties");
		Properties englishOverrides = load("messages/messages_en.properties");

		assertThat(korean.stringPropertyNames()).as("keys missing in Korean")
			.containsAll(english.stringPropertyNames());
		assertThat(english.stringPropertyNames()).as("keys missing in English")
			.containsAll(korean.stringPropertyNames());
		assertThat(english.stringPropertyNames()).as("English overrides of keys that do not exist")
			.containsAll(englishOverrides.stringPropertyNames());
		assertThat(korean.stringPropertyNames()).allSatisfy(key -> assertThat(korean.getProperty(key)).as(key)
			.isNotBlank());
	}

	@Test
	void everyMessageKeyATemplateUsesExists() throws IOException {
		Properties english = load("messages/messages.properties");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
			while (key.find()) {
				if (!english.containsKey(key.group(1))) {
					missing.add(template.getFileName() + ": " + key.group(1));
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
						hardCoded.add(template.getFileName() + ": <" + element.tagName() + "> " + text.text().strip());
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (READABLE_ATTRIBUTES.contains(attribute.getKey()) && LETTER.matcher(attribute.getValue()).find()
							&& !element.hasAttr("th:" + attribute.getKey()) && !isMachineReadable(element, attribute)) {
						hardCoded.add(template.getFileName() + ": " + attribute);
					}
				}
			}
		}
		assertThat(hardCoded).isEmpty();
	}

	private static boolean isReplacedOrUntranslatable(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			if (current.hasAttr("th:text") || current.hasAttr("th:utext") || current.hasAttr("th:replace")
					|| current.hasAttr("th:insert") || current.hasAttr("sec:authentication") || "no".equals(current.attr("translate"))
					|| current.tagName().equals("script") || current.tagName().equals("style")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isMachineReadable(Element element, Attribute attribute) {
		return element.tagName().equals("meta") || (attribute.getKey().equals("value") && element.hasAttr("type")
				&& !Set.of("submit", "button", "reset").contains(element.attr("type")));
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TranslationTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
