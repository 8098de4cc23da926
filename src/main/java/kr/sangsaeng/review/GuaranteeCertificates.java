package kr.sangsaeng.review;

import java.util.Optional;

import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.program.GuaranteeYearlyCosts;
import kr.sangsaeng.program.Institutions;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.review.internal.CertificateContent;
import kr.sangsaeng.review.internal.CertificateRenderer;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.StoredDocument;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guarantee certificates as PDF documents, named after the guarantee number. Whoever asks has already been found to be a party to the guarantee; the
 * SME and the bank have the certificate only once it is issued, the agency from its approval.
 */
@Service
@Transactional(readOnly = true)
public class GuaranteeCertificates {

	private final Guarantees guarantees;

	private final GuaranteeAgreements agreements;

	private final GuaranteeApplications applications;

	private final ProgrammeCatalogue catalogue;

	private final Institutions institutions;

	private final CertificateRenderer renderer;

	private final Accounts accounts;

	private final GuaranteeYearlyCosts yearlyCosts;

	GuaranteeCertificates(Guarantees guarantees, GuaranteeAgreements agreements, GuaranteeApplications applications,
			ProgrammeCatalogue catalogue, Institutions institutions, CertificateRenderer renderer, Accounts accounts,
			GuaranteeYearlyCosts yearlyCosts) {
		this.yearlyCosts = yearlyCosts;
		this.guarantees = guarantees;
		this.agreements = agreements;
		this.applications = applications;
		this.catalogue = catalogue;
		this.institutions = institutions;
		this.renderer = renderer;
		this.accounts = accounts;
	}

	/**
	 * The certificate the SME and the lending bank hold: empty until the agreement is accepted and the fee paid.
	 */
	public Optional<StoredDocument> issued(ApplicationId application) {
		return applications.details(application).flatMap(details -> issued(details.application()));
	}

	/**
	 * The certificate the SME and the lending bank hold: empty until the agreement is accepted and the fee paid.
	 */
	public Optional<StoredDocument> issued(ApplicationView application) {
		if (agreements.certificateIssuedAt(application.id()).isEmpty()) {
			return Optional.empty();
		}
		return approved(application);
	}

	/**
	 * The certificate as the issuing agency sees it from the approval on.
	 */
	public Optional<StoredDocument> approved(ApplicationView application) {
		Optional<Guarantee> found = guarantees.ofApplication(application.id());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Guarantee guarantee = found.get();
		Optional<ProgrammeSummary> programme = catalogue.find(guarantee.programmeCode());
		if (programme.isEmpty()) {
			return Optional.empty();
		}
		LocalizedName agency = institutions.agencies()
			.stream()
			.filter(candidate -> candidate.code().equals(guarantee.agencyCode().value()))
			.map(Institutions.Institution::name)
			.findFirst()
			.orElse(new LocalizedName(guarantee.agencyCode().value(), guarantee.agencyCode().value()));
		byte[] pdf = renderer.render(new CertificateContent(guarantee.number(), agency,
				programme.get().bankName(guarantee.bankCode()), programme.get().name(), guarantee.companyName(),
				new BusinessRegistrationNumber(guarantee.businessNumber()).formatted(),
				application.representativeName(), guarantee.loanAmount(), guarantee.ratio(),
				guarantee.guaranteedAmount(), guarantee.feeRate(), guarantee.yearlyFee(), guarantee.termMonths(),
				guarantee.validFrom(), guarantee.validUntil(), guarantee.conditions(), guarantee.issuedAt(),
				accounts.displayName(guarantee.approvedBy()),
				yearlyCosts.of(application.id(), guarantee.programmeCode(), guarantee.loanAmount(),
						guarantee.termMonths(), guarantee.ratio(), guarantee.feeRate())));
		return Optional.of(new StoredDocument(guarantee.number() + ".pdf", "application/pdf", pdf));
	}

}
