package kr.sangsaeng.applications;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Random walks through an application's life: each step asks for any status, allowed or not.
 */
class ApplicationStatusProperties {

	private static final Set<ApplicationStatus> TERMINAL = EnumSet.of(ApplicationStatus.REJECTED,
			ApplicationStatus.WITHDRAWN, ApplicationStatus.REPAID, ApplicationStatus.DEFAULTED,
			ApplicationStatus.CANCELLED);

	@Property(tries = 500)
	void onlyAllowedTransitionsHappenARefusedOneChangesNothingAndTheEndIsTheEnd(
			@ForAll @Size(min = 1, max = 40) List<ApplicationStatus> requested) {
		Instant when = Instant.parse("2026-11-02T01:00:00Z");
		GuaranteeApplication application = new GuaranteeApplication(new ProgrammeCode("HMG-KB-WOORI"), 1, "1234567891", "(주)상생정밀",
				new ApplicationContent(Won.of(100_000_000), LoanPurpose.WORKING_CAPITAL, 24, new BankCode("WOORI"), "사업 계획"), when);
		boolean ended = false;
		for (ApplicationStatus target : requested) {
			ApplicationStatus before = application.status();
			Instant updatedBefore = application.updatedAt();
			when = when.plusSeconds(60);
			if (before.canMoveTo(target)) {
				assertThat(application.moveTo(target, when)).isEqualTo(before);
				assertThat(application.status()).isEqualTo(target);
				assertThat(application.updatedAt()).isEqualTo(when);
			}
			else {
				ApplicationRuleException refused = catchThrowableOfType(ApplicationRuleException.class,
						() -> application.moveTo(target, Instant.now()));
				assertThat(refused).as(before + " → " + target + " is refused").isNotNull();
				assertThat(application.status()).isEqualTo(before);
				assertThat(application.updatedAt()).isEqualTo(updatedBefore);
			}
			if (before != ApplicationStatus.DRAFT) {
				assertThat(application.status()).as("nothing goes back to a draft").isNotEqualTo(ApplicationStatus.DRAFT);
			}
			if (ended) {
				assertThat(application.status()).as("a final status stays").isEqualTo(before);
			}
			ended = TERMINAL.contains(application.status());
			assertThat(application.status().isFinal()).isEqualTo(ended);
		}
	}

	@Property
	void everyStatusCanBeReachedFromADraftAndNoneLeadsOutOfTheEnd(@ForAll ApplicationStatus status) {
		assertThat(reachableFromDraft()).contains(status);
		if (TERMINAL.contains(status)) {
			assertThat(status.next()).isEmpty();
		}
		assertThat(status.next()).doesNotContain(ApplicationStatus.DRAFT, status);
	}

	private static Set<ApplicationStatus> reachableFromDraft() {
		Set<ApplicationStatus> reached = EnumSet.of(ApplicationStatus.DRAFT);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (ApplicationStatus from : EnumSet.copyOf(reached)) {
				grew |= reached.addAll(from.next());
			}
		}
		return reached;
	}

}
