package kr.sangsaeng.review.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.applications.ApplicationChangedException;
import kr.sangsaeng.applications.ApplicationRuleException;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.review.ReviewRuleException;
import kr.sangsaeng.shared.ApplicationId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's decision on each document of the checklist: accepted, or asked for again with a reason.
 */
@Controller
class ReviewDocumentController {

	private final ReviewDecisions decisions;

	ReviewDocumentController(ReviewDecisions decisions) {
		this.decisions = decisions;
	}

	@PostMapping("/review/{id}/documents/{documentId}/accept")
	String accept(@PathVariable ApplicationId id, @PathVariable long documentId,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		try {
			decisions.acceptDocument(user, id, documentId);
			redirect.addFlashAttribute("notice", "review.notice.documentAccepted");
		}
		catch (ReviewRuleException | ApplicationRuleException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return ReviewApplicationPage.redirectTo(id) + "#documents";
	}

	@PostMapping("/review/{id}/documents/ask-again")
	String askAgain(@PathVariable ApplicationId id, @RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "asked", required = false) List<Long> asked, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		decisions.open(user, id);
		Map<Long, String> reasons = new LinkedHashMap<>();
		for (Long document : asked == null ? List.<Long>of() : asked) {
			String reason = fields.getOrDefault("reason-" + document, "").strip();
			reasons.put(document, reason);
		}
		long expected;
		try {
			expected = Long.parseLong(version == null ? "" : version.strip());
		}
		catch (NumberFormatException missing) {
			redirect.addFlashAttribute("problem", "review.decision.error.version");
			return ReviewApplicationPage.redirectTo(id);
		}
		try {
			decisions.askForDocumentsAgain(user, id, expected, reasons);
			redirect.addFlashAttribute("notice", "review.notice.documentsAskedAgain");
			return ReviewApplicationPage.redirectTo(id);
		}
		catch (ApplicationChangedException changed) {
			redirect.addFlashAttribute("problem", changed.messageKey());
		}
		catch (ReviewRuleException | ApplicationRuleException refused) {
			redirect.addFlashAttribute("documentReviewProblem", refused.messageKey());
			redirect.addFlashAttribute("askedDocuments", new ArrayList<>(reasons.keySet()));
			redirect.addFlashAttribute("askedReasons", new LinkedHashMap<>(fields));
		}
		return ReviewApplicationPage.redirectTo(id) + "#documents";
	}

}
