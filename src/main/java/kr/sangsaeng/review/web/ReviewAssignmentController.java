package kr.sangsaeng.review.web;

import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who works on an application: a reviewer takes it or lets it go, an approver hands it to a colleague.
 */
@Controller
class ReviewAssignmentController {

	private final ReviewActions actions;

	private final ReviewDecisions decisions;

	ReviewAssignmentController(ReviewActions actions, ReviewDecisions decisions) {
		this.actions = actions;
		this.decisions = decisions;
	}

	@PostMapping("/review/{id}/take")
	String take(@PathVariable ApplicationId id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		return actions.run(id, user, form, errors, model, redirect, "assign", "review.notice.taken",
				(applicationId, version) -> decisions.take(user, applicationId, version));
	}

	@PostMapping("/review/{id}/release")
	String release(@PathVariable ApplicationId id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		return actions.run(id, user, form, errors, model, redirect, "assign", "review.notice.released",
				(applicationId, version) -> decisions.release(user, applicationId, version));
	}

	@PostMapping("/review/{id}/reassign")
	String reassign(@PathVariable ApplicationId id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		String assignee = form.getAssignee() == null ? "" : form.getAssignee().strip();
		return actions.run(id, user, form, errors, model, redirect, "assign", "review.notice.reassigned",
				(applicationId, version) -> decisions.reassign(user, applicationId, version, assignee));
	}

}
