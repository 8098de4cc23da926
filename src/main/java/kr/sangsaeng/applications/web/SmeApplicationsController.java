package kr.sangsaeng.applications.web;

import java.time.Clock;
import java.util.List;

import kr.sangsaeng.applications.ApplicationDetails;
import kr.sangsaeng.applications.ApplicationNotFoundException;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.company.RecommendationView;
import kr.sangsaeng.company.Recommendations;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.system.DocumentResponses;
import kr.sangsaeng.system.OversizedUploadGuard;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An SME's own applications as it follows them: the list, and each application with its documents and what
 * happened to it. Drafts, documents and submissions have controllers of their own.
 */
@Controller
@RequestMapping("/applications")
class SmeApplicationsController {

	private final GuaranteeApplications applications;

	private final ProgrammeCatalogue catalogue;

	private final OwnApplications own;

	private final GuaranteeSection guarantee;

	private final Recommendations recommendations;

	private final Clock clock;

	SmeApplicationsController(GuaranteeApplications applications, ProgrammeCatalogue catalogue, OwnApplications own,
			GuaranteeSection guarantee, Recommendations recommendations, Clock clock) {
		this.recommendations = recommendations;
		this.guarantee = guarantee;
		this.clock = clock;
		this.applications = applications;
		this.catalogue = catalogue;
		this.own = own;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("applications", applications.of(OwnApplications.applicant(user)));
		model.addAttribute("programmes", own.programmesByCode());
		model.addAttribute("today", SeoulTime.today(clock));
		return OwnApplications.LIST_VIEW;
	}

	@GetMapping("/{id}")
	String show(@PathVariable ApplicationId id,
			@RequestParam(name = OversizedUploadGuard.TOO_LARGE_PARAMETER, required = false) String tooLarge,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		ApplicationDetails details = own.details(user, id);
		if (tooLarge != null) {
			model.addAttribute("uploadProblems", List.of("application.document.error.uploadTooLarge"));
		}
		ProgrammeSummary programme = catalogue.find(details.application().programmeCode())
			.orElseThrow(ApplicationNotFoundException::new);
		model.addAttribute("details", details);
		model.addAttribute("current", details.application());
		model.addAttribute("today", SeoulTime.today(clock));
		model.addAttribute("programme", programme);
		model.addAttribute("guarantee", guarantee.of(details, programme).orElse(null));
		model.addAttribute("uploadsPerStep", DocumentUploads.UPLOADS_PER_STEP);
		model.addAttribute("recommendation", recommendations.attachedTo(id).orElse(null));
		return OwnApplications.DETAIL_VIEW;
	}

	@GetMapping("/{id}/recommendation.pdf")
	ResponseEntity<byte[]> recommendationLetter(@PathVariable ApplicationId id,
			@AuthenticationPrincipal SignedInUser user) {
		own.details(user, id);
		RecommendationView recommendation = recommendations.forApplication(id)
			.orElseThrow(ApplicationNotFoundException::new);
		return DocumentResponses.inline(recommendations.letter(recommendation));
	}

}
