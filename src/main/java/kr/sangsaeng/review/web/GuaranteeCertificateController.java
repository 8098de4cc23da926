package kr.sangsaeng.review.web;

import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationNotFoundException;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.Institutions;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.review.Guarantee;
import kr.sangsaeng.review.GuaranteeAgreements;
import kr.sangsaeng.review.Guarantees;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.review.internal.CertificateContent;
import kr.sangsaeng.review.internal.CertificateRenderer;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.LocalizedName;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The guarantee certificate as a PDF, for the three parties to a guarantee: the SME that holds it, the agency that
 * issued it and the bank that lends under it. Anyone else finds no such certificate.
 */
@Controller
class GuaranteeCertificateController {

	private final Guarantees guarantees;

	private final ReviewDecisions decisions;

	private final GuaranteeApplications applications;

	private final ProgrammeCatalogue catalogue;

	private final Institutions institutions;

	private final CertificateRenderer renderer;

	private final Accounts accounts;

	private final GuaranteeAgreements agreements;

	GuaranteeCertificateController(Guarantees guarantees, ReviewDecisions decisions,
			GuaranteeApplications applications, ProgrammeCatalogue catalogue, Institutions institutions,
			CertificateRenderer renderer, Accounts accounts, GuaranteeAgreements agreements) {
		this.agreements = agreements;
		this.accounts = accounts;
		this.guarantees = guarantees;
		this.decisions = decisions;
		this.applications = applications;
		this.catalogue = catalogue;
		this.institutions = institutions;
		this.renderer = renderer;
	}

	@GetMapping("/applications/{id}/certificate.pdf")
	ResponseEntity<byte[]> forTheCompany(@PathVariable("id") ApplicationId applicationId, @AuthenticationPrincipal SignedInUser user) {
		Applicant applicant = new Applicant(user.organisation().id(), user.organisation().code(),
				user.organisation().name().korean(), user.getUsername());
		ApplicationView application = applications.details(applicant, applicationId)
			.orElseThrow(ApplicationNotFoundException::new)
			.application();
		return issued(application);
	}

	@GetMapping("/review/{id}/certificate.pdf")
	ResponseEntity<byte[]> forTheAgency(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user) {
		return certificate(decisions.open(user, id).application());
	}

	@GetMapping("/disbursements/{id}/certificate.pdf")
	ResponseEntity<byte[]> forTheBank(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user) {
		ApplicationView application = applications.details(id)
			.orElseThrow(ApplicationNotFoundException::new)
			.application();
		if (user.organisation().kind() != OrganisationKind.BANK
				|| !user.organisation().isBank(application.bankCode())) {
			throw new ApplicationNotFoundException();
		}
		return issued(application);
	}

	/**
	 * The company and the bank have the certificate once it is issued: the agreement accepted and the fee paid.
	 */
	private ResponseEntity<byte[]> issued(ApplicationView application) {
		agreements.certificateIssuedAt(application.id()).orElseThrow(ApplicationNotFoundException::new);
		return certificate(application);
	}

	private ResponseEntity<byte[]> certificate(ApplicationView application) {
		Guarantee guarantee = guarantees.ofApplication(application.id()).orElseThrow(ApplicationNotFoundException::new);
		ProgrammeSummary programme = catalogue.find(guarantee.programmeCode())
			.orElseThrow(ApplicationNotFoundException::new);
		LocalizedName agency = institutions.agencies()
			.stream()
			.filter(candidate -> candidate.code().equals(guarantee.agencyCode().value()))
			.map(Institutions.Institution::name)
			.findFirst()
			.orElse(new LocalizedName(guarantee.agencyCode().value(), guarantee.agencyCode().value()));
		byte[] pdf = renderer.render(new CertificateContent(guarantee.number(), agency,
				programme.bankName(guarantee.bankCode()), programme.name(), guarantee.companyName(),
				new BusinessRegistrationNumber(guarantee.businessNumber()).formatted(),
				application.representativeName(), guarantee.loanAmount(), guarantee.ratio(),
				guarantee.guaranteedAmount(), guarantee.feeRate(), guarantee.yearlyFee(), guarantee.termMonths(),
				guarantee.validFrom(), guarantee.validUntil(), guarantee.conditions(), guarantee.issuedAt(),
				accounts.displayName(guarantee.approvedBy())));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(guarantee.number() + ".pdf")
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(pdf);
	}

}
