package kr.sangsaeng.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One unclosed rule in the stylesheet swallows every rule after it, and pages lose their look without any error.
 */
class StylesheetTests {

	@Test
	void everyRuleOfTheStylesheetIsClosed() throws IOException {
		String css = Files.readString(Path.of("src/main/resources/static/css/sangsaeng.css"))
			.replaceAll("(?s)/\\*.*?\\*/", "");
		int depth = 0;
		int line = 1;
		for (char c : css.toCharArray()) {
			if (c == '\n') {
				line++;
			}
			else if (c == '{') {
				depth++;
				assertThat(depth).as("nesting at line %d", line).isLessThanOrEqualTo(2);
			}
			else if (c == '}') {
				depth--;
				assertThat(depth).as("closing brace without a rule at line %d", line).isNotNegative();
			}
		}
		assertThat(depth).as("rules left open at the end").isZero();
	}

}
