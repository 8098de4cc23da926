package kr.sangsaeng.review.web;

import java.util.Optional;
import java.util.function.ObjLongConsumer;

import kr.sangsaeng.applications.ApplicationChangedException;
import kr.sangsaeng.applications.ApplicationRuleException;
import kr.sangsaeng.applications.RejectionReason;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeRuleException;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.Guarantee;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.review.ReviewRuleException;
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
 * The decisions a reviewer takes on an application: take it, hand it on, ask the SME, reject, approve or
 * recommend, and confirm or send back a recommendation.
 */
@Controller
class ReviewDecisionController {

	private final ReviewApplicationPage page;

	private final ReviewDecisions decisions;

	ReviewDecisionController(ReviewApplicationPage page, ReviewDecisions decisions) {
		this.page = page;
		this.decisions = decisions;
	}

	@PostMapping("/review/{id}/take")
	String take(@PathVariable ApplicationId id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		return act(id, user, form, errors, model, redirect, "assign", "review.notice.taken",
				(applicationId, version) -> decisions.take(user, applicationId, version));
	}

	@PostMapping("/review/{id}/release")
	String release(@PathVariable ApplicationId id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		return act(id, user, form, errors, model, redirect, "assign", "review.notice.released",
				(applicationId, version) -> decisions.release(user, applicationId, version));
	}

	@PostMapping("/review/{id}/reassign")
	String reassign(@PathVariable ApplicationId id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		String assignee = form.getAssignee() == null ? "" : form.getAssignee().strip();
		return act(id, user, form, errors, model, redirect, "assign", "review.notice.reassigned",
				(applicationId, version) -> decisions.reassign(user, applicationId, version, assignee));
	}

	@PostMapping("/review/{id}/request-information")
	String requestInformation(@PathVariable ApplicationId id, @ModelAttribute("decision") DecisionForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		String message = DecisionChecks.text(form.getMessage(), "message", errors);
		String comment = DecisionChecks.text(form.getComment(), "comment", errors);
		java.time.LocalDate dueOn = DecisionChecks.dueOn(form.getDueOn(), errors);
		return act(id, user, form, errors, model, redirect, "information", "review.notice.informationRequested",
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
		return act(id, user, form, errors, model, redirect, "rejection", "review.notice.rejected",
				(applicationId, version) -> decisions.reject(user, applicationId, version, reason, explanation,
						comment));
	}

	@PostMapping("/review/{id}/approve")
	String approve(@PathVariable ApplicationId id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ApprovalTerms terms = DecisionChecks.approvalTerms(form, errors);
		String explanation = DecisionChecks.optionalText(form.getExplanation(), "explanation", errors);
		String comment = DecisionChecks.text(form.getComment(), "comment", errors);
		return act(id, user, form, errors, model, redirect, "approval", "review.notice.recommended",
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
		return act(id, user, form, errors, model, redirect, "confirmation", "review.notice.approved",
				(applicationId, version) -> redirect.addFlashAttribute("guaranteeNumber",
						decisions.confirm(user, applicationId, version, comment).number()));
	}

	@PostMapping("/review/{id}/send-back")
	String sendBack(@PathVariable ApplicationId id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		String comment = DecisionChecks.text(form.getComment(), "comment", errors);
		return act(id, user, form, errors, model, redirect, "confirmation", "review.notice.sentBack",
				(applicationId, version) -> decisions.sendBack(user, applicationId, version, comment));
	}

	/**
	 * Runs one action on the version the reviewer saw. Field errors, and rules the reviewer can fix, show the page
	 * again with what they typed; an application someone else changed meanwhile is shown afresh with a warning.
	 */
	private String act(ApplicationId applicationId, SignedInUser user, DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, String panel, String notice, ObjLongConsumer<ApplicationId> action) {
		decisions.open(user, applicationId);
		Optional<Long> version = DecisionChecks.version(form, errors);
		if (errors.hasErrors()) {
			return page.show(applicationId, user, model, panel, errors);
		}
		try {
			action.accept(applicationId, version.get());
		}
		catch (ApplicationChangedException changed) {
			redirect.addFlashAttribute("problem", changed.messageKey());
			return ReviewApplicationPage.redirectTo(applicationId);
		}
		catch (ReviewRuleException | ProgrammeRuleException refused) {
			FormErrors.reject(errors, refused);
			return page.show(applicationId, user, model, panel, errors);
		}
		catch (ApplicationRuleException refused) {
			if (refused.field() != null) {
				FormErrors.reject(errors, refused);
				return page.show(applicationId, user, model, panel, errors);
			}
			redirect.addFlashAttribute("problem", refused.messageKey());
			return ReviewApplicationPage.redirectTo(applicationId);
		}
		if (!redirect.getFlashAttributes().containsKey("notice")) {
			redirect.addFlashAttribute("notice", notice);
		}
		return ReviewApplicationPage.redirectTo(applicationId);
	}

}
