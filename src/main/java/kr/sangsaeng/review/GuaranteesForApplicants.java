package kr.sangsaeng.review;

import java.util.Optional;

import kr.sangsaeng.applications.IssuedGuarantee;
import kr.sangsaeng.applications.IssuedGuarantees;
import kr.sangsaeng.shared.ApplicationId;

import org.springframework.stereotype.Component;

/**
 * Tells the applications module what the certificate of an application's guarantee says, for the SME's page.
 * Nothing of the review itself (comments, who recommended) goes with it.
 */
@Component
class GuaranteesForApplicants implements IssuedGuarantees {

	private final Guarantees guarantees;

	private final GuaranteeAgreements agreements;

	GuaranteesForApplicants(Guarantees guarantees, GuaranteeAgreements agreements) {
		this.guarantees = guarantees;
		this.agreements = agreements;
	}

	@Override
	public Optional<IssuedGuarantee> ofApplication(ApplicationId application) {
		return guarantees.ofApplication(application)
			.map(guarantee -> {
				Optional<GuaranteeAgreements.Acceptance> acceptance = agreements.acceptance(application);
				return new IssuedGuarantee(guarantee.number(), guarantee.agencyCode(), guarantee.loanAmount(),
						guarantee.ratio(), guarantee.feeRate(), guarantee.termMonths(), guarantee.conditions(),
						guarantee.validFrom(), guarantee.validUntil(), guarantee.issuedAt(),
						acceptance.map(GuaranteeAgreements.Acceptance::acceptedAt).orElse(null),
						acceptance.map(GuaranteeAgreements.Acceptance::feePaidAt).orElse(null),
						agreements.certificateIssuedAt(application).orElse(null));
			});
	}

}
