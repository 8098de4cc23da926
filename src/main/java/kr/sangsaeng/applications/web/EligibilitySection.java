package kr.sangsaeng.applications.web;

import java.util.Map;
import java.util.Optional;

import kr.sangsaeng.applications.ApplicationEligibility;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammePageSection;
import kr.sangsaeng.program.ProgrammeSummary;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * On a programme's page, tells a signed-in SME whether it may apply and why not, before it types anything.
 */
@Component
class EligibilitySection implements ProgrammePageSection {

	private final ApplicationEligibility eligibility;

	EligibilitySection(ApplicationEligibility eligibility) {
		this.eligibility = eligibility;
	}

	@Override
	public Optional<Section> sectionFor(ProgrammeSummary programme, Authentication reader) {
		if (reader == null || !(reader.getPrincipal() instanceof SignedInUser user)
				|| !user.hasRole(Role.SME_APPLICANT)) {
			return Optional.empty();
		}
		return Optional.of(new Section("applications/eligibility", "panel",
				Map.of("eligibility", eligibility.assess(OwnApplications.applicant(user), programme),
						"programme", programme)));
	}

}
