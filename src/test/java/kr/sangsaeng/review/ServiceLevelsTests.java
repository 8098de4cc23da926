package kr.sangsaeng.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.SeoulTime;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceLevelsTests {

	private final ServiceLevels levels = new ServiceLevels(new ServiceLevelProperties(5, Map.of("K-SURE", 7),
			Set.of(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 26),
					LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 9))),
			Clock.fixed(seoul(2026, 10, 12, 10, 0), SeoulTime.ZONE));

	@Test
	void theDayOfSubmissionDoesNotCount() {
		assertThat(levels.workingDaysBetween(seoul(2026, 11, 3, 9, 0), seoul(2026, 11, 3, 18, 0))).isZero();
		assertThat(levels.workingDaysBetween(seoul(2026, 11, 3, 23, 59), seoul(2026, 11, 4, 0, 1))).isEqualTo(1);
		assertThat(levels.workingDaysBetween(seoul(2026, 11, 3, 9, 0), seoul(2026, 11, 2, 9, 0))).isZero();
	}

	@Test
	void daysAreDaysInKorea() {
		// 23:30 UTC on Monday is Tuesday morning in Seoul, and 14:30 UTC on Tuesday still Tuesday
		assertThat(levels.workingDaysBetween(Instant.parse("2026-11-02T23:30:00Z"), Instant.parse("2026-11-03T14:30:00Z")))
			.isZero();
	}

	@Test
	void weekendsDoNotCount() {
		assertThat(levels.workingDaysBetween(seoul(2026, 11, 6, 17, 0), seoul(2026, 11, 9, 9, 0))).as("Friday to Monday")
			.isEqualTo(1);
		assertThat(levels.workingDaysBetween(seoul(2026, 11, 7, 11, 0), seoul(2026, 11, 9, 9, 0)))
			.as("Saturday to Monday")
			.isEqualTo(1);
		assertThat(levels.workingDaysBetween(seoul(2026, 11, 7, 11, 0), seoul(2026, 11, 8, 9, 0)))
			.as("Saturday to Sunday")
			.isZero();
		assertThat(levels.workingDaysBetween(seoul(2026, 11, 2, 9, 0), seoul(2026, 11, 30, 9, 0))).as("four weeks")
			.isEqualTo(20);
	}

	@Test
	void holidaysDoNotCount() {
		// Chuseok Thursday 9-24 to Saturday 9-26: from Wednesday, Monday is the first working day
		assertThat(levels.workingDaysBetween(seoul(2026, 9, 23, 15, 0), seoul(2026, 9, 28, 9, 0))).isEqualTo(1);
		// the National Foundation Day (Saturday 10-3) and its substitute on Monday 10-5
		assertThat(levels.workingDaysBetween(seoul(2026, 10, 2, 15, 0), seoul(2026, 10, 6, 9, 0))).isEqualTo(1);
		assertThat(levels.workingDaysBetween(seoul(2026, 9, 23, 15, 0), seoul(2026, 10, 6, 9, 0))).isEqualTo(6);
		assertThat(levels.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
		assertThat(levels.isWorkingDay(LocalDate.of(2026, 10, 6))).isTrue();
		assertThat(levels.isWorkingDay(LocalDate.of(2026, 10, 10))).isFalse();
	}

	@Test
	void eachAgencyHasItsTargetOrTheDefault() {
		assertThat(levels.targetFor(new AgencyCode("K-SURE"))).isEqualTo(7);
		assertThat(levels.targetFor(new AgencyCode("KODIT"))).isEqualTo(5);
		assertThat(levels.targetFor(null)).isEqualTo(5);
	}

	@Test
	void anApplicationIsOverdueAfterMoreWorkingDaysThanTheTargetWhileItWaitsForTheAgency() {
		Instant now = seoul(2026, 11, 13, 10, 0);
		Instant fiveWorkingDaysAgo = seoul(2026, 11, 6, 16, 0);
		Instant sixWorkingDaysAgo = seoul(2026, 11, 5, 16, 0);

		assertThat(levels.isOverdue(new AgencyCode("KODIT"), ApplicationStatus.SUBMITTED, fiveWorkingDaysAgo, now)).isFalse();
		assertThat(levels.isOverdue(new AgencyCode("KODIT"), ApplicationStatus.SUBMITTED, sixWorkingDaysAgo, now)).isTrue();
		assertThat(levels.isOverdue(new AgencyCode("KODIT"), ApplicationStatus.UNDER_REVIEW, sixWorkingDaysAgo, now)).isTrue();
		assertThat(levels.isOverdue(new AgencyCode("KODIT"), ApplicationStatus.RECOMMENDED, sixWorkingDaysAgo, now)).isTrue();
		assertThat(levels.isOverdue(new AgencyCode("KODIT"), ApplicationStatus.INFO_REQUESTED, sixWorkingDaysAgo, now))
			.as("waits for the SME")
			.isFalse();
		assertThat(levels.isOverdue(new AgencyCode("KODIT"), ApplicationStatus.APPROVED, sixWorkingDaysAgo, now)).isFalse();
		assertThat(levels.isOverdue(new AgencyCode("K-SURE"), ApplicationStatus.SUBMITTED, sixWorkingDaysAgo, now)).isFalse();
		assertThat(levels.isOverdue(new AgencyCode("KODIT"), ApplicationStatus.SUBMITTED, null, now)).isFalse();
	}

	@Test
	void theClockGivesNow() {
		// Friday 10-2 to Monday 10-12: 10-6, 10-7, 10-8 and 10-12, as 10-5 and 10-9 are holidays
		assertThat(levels.workingDaysSince(seoul(2026, 10, 2, 9, 0))).isEqualTo(4);
		assertThat(levels.isOverdue(new AgencyCode("KODIT"), ApplicationStatus.SUBMITTED, seoul(2026, 10, 1, 9, 0))).isFalse();
		assertThat(levels.isOverdue(new AgencyCode("KODIT"), ApplicationStatus.SUBMITTED, seoul(2026, 9, 30, 9, 0))).isTrue();
	}

	@Test
	void theOverdueCutOffAgreesWithEveryDayOfSubmission() {
		for (Instant now : new Instant[] { seoul(2026, 10, 12, 10, 0), seoul(2026, 10, 10, 23, 0),
				seoul(2026, 10, 6, 0, 5), seoul(2026, 11, 30, 18, 0) }) {
			for (String agency : new String[] { "KODIT", "K-SURE" }) {
				Instant cutOff = levels.overdueIfSubmittedBefore(new AgencyCode(agency), now);
				for (int hours = 0; hours < 24 * 40; hours += 7) {
					Instant submitted = now.minusSeconds(hours * 3600L);
					assertThat(submitted.isBefore(cutOff)).as("%s submitted %s, now %s", agency, submitted, now)
						.isEqualTo(levels.isOverdue(new AgencyCode(agency), ApplicationStatus.SUBMITTED, submitted, now));
				}
			}
		}
	}

	private static Instant seoul(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(SeoulTime.ZONE).toInstant();
	}

}
