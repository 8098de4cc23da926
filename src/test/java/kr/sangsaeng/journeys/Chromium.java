package kr.sangsaeng.journeys;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium and its driver, which the journeys drive. Nothing is downloaded at run time: the journeys use
 * these two programs or none. Without them the journeys are skipped, unless the {@code CI} environment variable is
 * set: there a missing Chromium fails the build.
 */
final class Chromium implements ExecutionCondition {

	static final Path BINARY = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	static final String INSTALL_HINT = "install Debian's chromium and chromium-driver (apt-get install -y chromium "
			+ "chromium-driver), as .ci/run does";

	static boolean installed() {
		return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
	}

	static boolean requiredByCi() {
		String ci = System.getenv("CI");
		return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		ConditionEvaluationResult decision = decide(installed(), requiredByCi());
		if (decision.isDisabled()) {
			System.err.println(decision.getReason().orElse(""));
		}
		return decision;
	}

	static ConditionEvaluationResult decide(boolean installed, boolean requiredByCi) {
		if (installed) {
			return ConditionEvaluationResult.enabled("Chromium at " + BINARY + " with " + DRIVER);
		}
		if (requiredByCi) {
			return ConditionEvaluationResult.enabled("CI is set, so the browser journeys run and fail without Chromium");
		}
		return ConditionEvaluationResult.disabled("Browser journeys skipped: no Chromium at " + BINARY + " and " + DRIVER
				+ "; " + INSTALL_HINT + " to run them.");
	}

}
