package kr.sangsaeng.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages run under a Content-Security-Policy that allows scripts and styles only from the application's own
 * files: nothing in the templates may need more, or it would silently stop working in the browser.
 */
class ContentSecurityPolicyTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

	static final Pattern STYLE_ELEMENT = Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE);

	static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\s(th:)?style\\s*=", Pattern.CASE_INSENSITIVE);

	static final Pattern EVENT_HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	static final Pattern SCRIPT_URL = Pattern.compile("(href|src|action)\\s*=\\s*\"\\s*javascript:",
			Pattern.CASE_INSENSITIVE);

	@Test
	void noTemplateHasInlineScriptsStylesOrEventHandlers() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file, StandardCharsets.UTF_8);
				Matcher script = SCRIPT.matcher(html);
				while (script.find()) {
					String attributes = script.group(1);
					boolean external = attributes.contains("src=");
					boolean data = attributes.contains("type=\"application/json\"");
					if (!external && !data) {
						problems.add(file + ": an inline script");
					}
				}
				if (STYLE_ELEMENT.matcher(html).find()) {
					problems.add(file + ": a <style> element");
				}
				if (STYLE_ATTRIBUTE.matcher(html).find()) {
					problems.add(file + ": a style attribute");
				}
				if (EVENT_HANDLER.matcher(html).find()) {
					problems.add(file + ": an inline event handler");
				}
				if (SCRIPT_URL.matcher(html).find()) {
					problems.add(file + ": a javascript: URL");
				}
			}
		}
		assertThat(problems).as("what the Content-Security-Policy of the pages would block").isEmpty();
	}

}
