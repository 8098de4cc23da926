package kr.sangsaeng.review.web;

import kr.sangsaeng.applications.ApplicationNotFoundException;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.company.RecommendationView;
import kr.sangsaeng.company.Recommendations;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.review.ReviewCase;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.StoredDocument;
import kr.sangsaeng.system.DocumentResponses;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An application as a reviewer reads it: the company, the application and its documents, the SME's history and
 * exposure, what to watch for, the review so far, and the decisions open to the reviewer. Only applications of
 * programmes the reviewer's agency guarantees exist here.
 */
@Controller
class ReviewApplicationController {

	private final ReviewApplicationPage page;

	private final ReviewDecisions decisions;

	private final GuaranteeApplications applications;

	private final Recommendations recommendations;

	ReviewApplicationController(ReviewApplicationPage page, ReviewDecisions decisions,
			GuaranteeApplications applications, Recommendations recommendations) {
		this.recommendations = recommendations;
		this.page = page;
		this.decisions = decisions;
		this.applications = applications;
	}

	@GetMapping("/review/{id}")
	String show(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return page.show(id, user, model);
	}

	@GetMapping("/review/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable ApplicationId id, @PathVariable long documentId,
			@AuthenticationPrincipal SignedInUser user) {
		ReviewCase review = decisions.open(user, id);
		StoredDocument document = applications.document(review.application().id(), documentId)
			.orElseThrow(ApplicationNotFoundException::new);
		return DocumentResponses.inline(document);
	}

	@GetMapping("/review/{id}/recommendation.pdf")
	ResponseEntity<byte[]> recommendationLetter(@PathVariable ApplicationId id,
			@AuthenticationPrincipal SignedInUser user) {
		ReviewCase review = decisions.open(user, id);
		RecommendationView recommendation = recommendations.forApplication(review.application().id())
			.orElseThrow(ApplicationNotFoundException::new);
		return DocumentResponses.inline(recommendations.letter(recommendation));
	}

}
