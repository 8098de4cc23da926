package kr.sangsaeng.review.web;

import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationNotFoundException;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.review.GuaranteeCertificates;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.system.DocumentResponses;

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

	private final ReviewDecisions decisions;

	private final GuaranteeApplications applications;

	private final GuaranteeCertificates certificates;

	GuaranteeCertificateController(ReviewDecisions decisions, GuaranteeApplications applications,
			GuaranteeCertificates certificates) {
		this.decisions = decisions;
		this.applications = applications;
		this.certificates = certificates;
	}

	@GetMapping("/applications/{id}/certificate.pdf")
	ResponseEntity<byte[]> forTheCompany(@PathVariable("id") ApplicationId applicationId, @AuthenticationPrincipal SignedInUser user) {
		Applicant applicant = new Applicant(user.organisation().id(), user.organisation().code(),
				user.organisation().name().korean(), user.getUsername());
		ApplicationView application = applications.details(applicant, applicationId)
			.orElseThrow(ApplicationNotFoundException::new)
			.application();
		return DocumentResponses.attachment(certificates.issued(application).orElseThrow(ApplicationNotFoundException::new));
	}

	@GetMapping("/review/{id}/certificate.pdf")
	ResponseEntity<byte[]> forTheAgency(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user) {
		ApplicationView application = decisions.open(user, id).application();
		return DocumentResponses.attachment(certificates.approved(application).orElseThrow(ApplicationNotFoundException::new));
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
		return DocumentResponses.attachment(certificates.issued(application).orElseThrow(ApplicationNotFoundException::new));
	}

}
