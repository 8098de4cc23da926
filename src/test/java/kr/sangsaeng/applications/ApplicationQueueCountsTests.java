package kr.sangsaeng.applications;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SangsaengTest
class ApplicationQueueCountsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GuaranteeApplications applications;

	@Test
	void theQueueCountsOfTheLastFewSecondsServeUntilTheyAreTooOld() {
		List<String> programmes = List.of("POSCO-IBK-KSURE");
		ApplicationQueue recent = new ApplicationQueue(jdbc, Duration.ofHours(1));
		ApplicationQueue fresh = new ApplicationQueue(jdbc, Duration.ZERO);
		long before = fresh.countsByStatus(programmes).getOrDefault(ApplicationStatus.SUBMITTED, 0L);
		assertThat(recent.countsByStatus(programmes).getOrDefault(ApplicationStatus.SUBMITTED, 0L)).isEqualTo(before);

		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, "POSCO-IBK-KSURE", TestSmes.content(Won.of(300_000_000)));
		applications.submit(sme, id);

		assertThat(recent.countsByStatus(programmes).getOrDefault(ApplicationStatus.SUBMITTED, 0L)).isEqualTo(before);
		assertThat(fresh.countsByStatus(programmes).getOrDefault(ApplicationStatus.SUBMITTED, 0L))
			.isGreaterThan(before);
	}

}
