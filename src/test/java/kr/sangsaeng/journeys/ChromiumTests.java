package kr.sangsaeng.journeys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

import static org.assertj.core.api.Assertions.assertThat;

class ChromiumTests {

	@Test
	void withoutChromiumTheJourneysAreSkippedWithWhatToInstallOutsideCiAndRunToFailInCi() {
		ConditionEvaluationResult onADeveloperMachine = Chromium.decide(false, false);
		assertThat(onADeveloperMachine.isDisabled()).isTrue();
		assertThat(onADeveloperMachine.getReason()).hasValueSatisfying(reason -> assertThat(reason)
			.contains("/usr/bin/chromium", "/usr/bin/chromedriver", "apt-get install -y chromium chromium-driver"));

		assertThat(Chromium.decide(false, true).isDisabled()).as("CI never skips them").isFalse();
		assertThat(Chromium.decide(true, false).isDisabled()).isFalse();
	}

}
