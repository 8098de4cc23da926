package kr.sangsaeng.applications;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static kr.sangsaeng.applications.ApplicationStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

class ApplicationStatusTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "DRAFT, SUBMITTED", "DRAFT, WITHDRAWN", "SUBMITTED, UNDER_REVIEW", "SUBMITTED, REJECTED",
			"SUBMITTED, WITHDRAWN", "UNDER_REVIEW, INFO_REQUESTED", "UNDER_REVIEW, APPROVED", "UNDER_REVIEW, REJECTED",
			"UNDER_REVIEW, WITHDRAWN", "INFO_REQUESTED, UNDER_REVIEW", "INFO_REQUESTED, REJECTED",
			"INFO_REQUESTED, WITHDRAWN", "UNDER_REVIEW, RECOMMENDED", "RECOMMENDED, APPROVED",
			"RECOMMENDED, UNDER_REVIEW", "RECOMMENDED, WITHDRAWN", "APPROVED, DISBURSING", "APPROVED, ACTIVE", "APPROVED, CANCELLED",
			"DISBURSING, ACTIVE", "DISBURSING, APPROVED", "ACTIVE, DISBURSING", "ACTIVE, APPROVED",
			"DISBURSING, REPAID", "DISBURSING, DEFAULTED", "ACTIVE, REPAID",
			"ACTIVE, DEFAULTED" })
	void legalTransitionsAreAllowed(ApplicationStatus from, ApplicationStatus to) {
		assertThat(from.canMoveTo(to)).isTrue();
	}

	@ParameterizedTest
	@EnumSource(ApplicationStatus.class)
	void everyOtherTransitionIsRefused(ApplicationStatus from) {
		Set<ApplicationStatus> legal = switch (from) {
			case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
			case SUBMITTED -> EnumSet.of(UNDER_REVIEW, REJECTED, WITHDRAWN);
			case UNDER_REVIEW -> EnumSet.of(INFO_REQUESTED, RECOMMENDED, APPROVED, REJECTED, WITHDRAWN);
			case RECOMMENDED -> EnumSet.of(APPROVED, UNDER_REVIEW, WITHDRAWN);
			case INFO_REQUESTED -> EnumSet.of(UNDER_REVIEW, REJECTED, WITHDRAWN);
			case APPROVED -> EnumSet.of(DISBURSING, ACTIVE, CANCELLED);
			case DISBURSING -> EnumSet.of(ACTIVE, APPROVED, REPAID, DEFAULTED);
			case ACTIVE -> EnumSet.of(DISBURSING, APPROVED, REPAID, DEFAULTED);
			case REJECTED, WITHDRAWN, REPAID, DEFAULTED, CANCELLED -> EnumSet.noneOf(ApplicationStatus.class);
		};
		for (ApplicationStatus to : ApplicationStatus.values()) {
			assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(legal.contains(to));
		}
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "DRAFT", "SUBMITTED", "UNDER_REVIEW", "INFO_REQUESTED",
			"RECOMMENDED" })
	void onlyApplicationsAwaitingADecisionCanBeWithdrawn(ApplicationStatus status) {
		assertThat(status.canBeWithdrawn()).isTrue();
		assertThat(status.isPending()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "APPROVED", "REJECTED", "WITHDRAWN", "DISBURSING", "ACTIVE",
			"REPAID", "DEFAULTED", "CANCELLED" })
	void decidedApplicationsCannotBeWithdrawn(ApplicationStatus status) {
		assertThat(status.canBeWithdrawn()).isFalse();
		assertThat(status.isPending()).isFalse();
	}

}
