package kr.sangsaeng.review.web;

import java.time.LocalDate;

import kr.sangsaeng.applications.RejectionReason;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.system.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The decisions a reviewer takes on an application: ask the SME, reject, approve or recommend, and confirm or send
 * back a recommendation.
 */
@Controller
class ReviewDecisionController {

	private final ReviewActions actions;

	private final ReviewDecisions decisions;

	ReviewDecisionController(ReviewActions actions, ReviewDecisions decisions) {
		this.actions = actions;
		this.decisions = decisions;
	}

	@PostMapping("/review/{id}/request-information")
	String requestInformation(@PathVariable ApplicationId id, @ModelAttribute("decision") DecisionForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		String message = DecisionChecks.text(form.getMessage(), "message", errors);
		String comment = DecisionChecks.text(form.getComment(), "comment", errors);
		LocalDate dueOn = DecisionChecks.dueOn(form.getDueOn(), errors);
		return actions.run(id, user, form, errors, model, redirect, "information", "review.notice.informationRequested",
				(applicationId, version) -> {
					if (dueOn == null) {
						decisions.requestInformation(user, applicationId, version, message, comment);
					}
					else {
						decisions.requestInformation(user, applicationId, version, message, dueOn, comment);
					}
				});
	}

	@PostMapping("/review/{id}/reject")
	String reject(@PathVariable ApplicationId id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		RejectionReason reason = DecisionChecks.reason(form, errors);
		String explanation = DecisionChecks.text(form.getExplanation(), "explanation", errors);
		String comment = DecisionChecks.text(form.getComment(), "comment", errors);
		return actions.run(id, user, form, errors, model, redirect, "rejection", "review.notice.rejected",
				(applicationId, version) -> decisions.reject(user, applicationId, version, reason, explanation,
						comment));
	}

	@PostMapping("/review/{id}/approve")
	String approve(@PathVariable ApplicationId id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		DecisionChecks.TypedTerms typed = DecisionChecks.typedTerms(form, errors);
		String explanation = DecisionChecks.optionalText(form.getExplanation(), "explanation", errors);
		decisions.problemsWithTerms(user, id, typed.amount(), typed.ratio(), typed.feeRate(), explanation)
			.forEach(problem -> FormErrors.reject(errors, problem));
		ApprovalTerms terms = typed.toTerms(errors);
		String comment = DecisionChecks.text(form.getComment(), "comment", errors);
		return actions.run(id, user, form, errors, model, redirect, "approval", "review.notice.recommended",
				(applicationId, version) -> {
					decisions.approve(user, applicationId, version, terms, explanation, comment).guarantee().ifPresent(issued -> {
						redirect.addFlashAttribute("notice", "review.notice.approved");
						redirect.addFlashAttribute("guaranteeNumber", issued.number());
					});
				});
	}

	@PostMapping("/review/{id}/confirm")
	String confirm(@PathVariable ApplicationId id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		String comment = DecisionChecks.text(form.getComment(), "comment", errors);
		return actions.run(id, user, form, errors, model, redirect, "confirmation", "review.notice.approved",
				(applicationId, version) -> redirect.addFlashAttribute("guaranteeNumber",
						decisions.confirm(user, applicationId, version, comment).number()));
	}

	@PostMapping("/review/{id}/send-back")
	String sendBack(@PathVariable ApplicationId id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		String comment = DecisionChecks.text(form.getComment(), "comment", errors);
		return actions.run(id, user, form, errors, model, redirect, "confirmation", "review.notice.sentBack",
				(applicationId, version) -> decisions.sendBack(user, applicationId, version, comment));
	}

}
