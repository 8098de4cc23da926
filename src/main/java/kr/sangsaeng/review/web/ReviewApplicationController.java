package kr.sangsaeng.review.web;

import kr.sangsaeng.applications.ApplicationDetails;
import kr.sangsaeng.applications.ApplicationNotFoundException;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.applications.DocumentResponses;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.StoredDocument;
import kr.sangsaeng.company.CompanyProfiles;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An application as a reviewer reads it: the company, the application and its documents, the SME's history and
 * exposure, and what to watch for. Only applications of programmes the reviewer's agency guarantees exist here.
 */
@Controller
class ReviewApplicationController {

	static final String DETAIL_VIEW = "review/application";

	private final GuaranteeApplications applications;

	private final ProgrammeCatalogue catalogue;

	private final CompanyProfiles companies;

	ReviewApplicationController(GuaranteeApplications applications, ProgrammeCatalogue catalogue,
			CompanyProfiles companies) {
		this.applications = applications;
		this.catalogue = catalogue;
		this.companies = companies;
	}

	@GetMapping("/review/{id}")
	String show(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ApplicationDetails details = visible(user, id);
		ProgrammeSummary programme = programme(details);
		long organisation = details.application().organisationId();
		Won exposureHere = applications.exposure(organisation, programme.code().value());
		model.addAttribute("details", details);
		model.addAttribute("current", details.application());
		model.addAttribute("programme", programme);
		model.addAttribute("company", companies.forOrganisation(organisation).orElse(null));
		model.addAttribute("history", applications.ofOrganisation(organisation));
		model.addAttribute("exposureHere", exposureHere);
		model.addAttribute("exposureEverywhere", applications.exposureEverywhere(organisation));
		model.addAttribute("aboveCap", exposureHere.isGreaterThan(programme.terms().maxLoan()));
		model.addAttribute("aboveCapacity", details.application().amount().isGreaterThan(programme.remaining()));
		return DETAIL_VIEW;
	}

	@GetMapping("/review/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable long documentId,
			@AuthenticationPrincipal SignedInUser user) {
		ApplicationDetails details = visible(user, id);
		StoredDocument document = applications.document(details.application().id(), documentId)
			.orElseThrow(ApplicationNotFoundException::new);
		return DocumentResponses.inline(document);
	}

	@ExceptionHandler(ApplicationNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void notFound() {
		// answered by the 404 error page
	}

	private ApplicationDetails visible(SignedInUser user, String id) {
		ApplicationId applicationId;
		try {
			long value = Long.parseLong(id);
			if (value <= 0) {
				throw new ApplicationNotFoundException();
			}
			applicationId = new ApplicationId(value);
		}
		catch (NumberFormatException notANumber) {
			throw new ApplicationNotFoundException();
		}
		ApplicationDetails details = applications.details(applicationId).orElseThrow(ApplicationNotFoundException::new);
		ProgrammeSummary programme = programme(details);
		if (!programme.isGuaranteedBy(user.organisation().code())
				|| details.application().status() == ApplicationStatus.DRAFT) {
			throw new ApplicationNotFoundException();
		}
		return details;
	}

	private ProgrammeSummary programme(ApplicationDetails details) {
		return catalogue.find(new ProgrammeCode(details.application().programmeCode()))
			.orElseThrow(ApplicationNotFoundException::new);
	}

}
