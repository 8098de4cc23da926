package kr.sangsaeng.review.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import kr.sangsaeng.applications.ApplicationChangedException;
import kr.sangsaeng.applications.ApplicationNotFoundException;
import kr.sangsaeng.applications.ApplicationRuleException;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.DocumentResponses;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.RejectionReason;
import kr.sangsaeng.applications.StoredDocument;
import kr.sangsaeng.company.CompanyProfiles;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeRuleException;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.Guarantee;
import kr.sangsaeng.review.ReviewCase;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.review.ReviewRuleException;
import kr.sangsaeng.review.ServiceLevels;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.system.FormErrors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An application as a reviewer reads and decides it: the company, the application and its documents, the SME's
 * history and exposure, what to watch for, the review so far, and the decisions open to the reviewer. Only
 * applications of programmes the reviewer's agency guarantees exist here.
 */
@Controller
class ReviewApplicationController {

	static final String DETAIL_VIEW = "review/application";

	private static final List<String> PANELS = List.of("assign", "information", "rejection", "approval",
			"confirmation");

	private final ReviewDecisions decisions;

	private final GuaranteeApplications applications;

	private final CompanyProfiles companies;

	private final ServiceLevels serviceLevels;

	ReviewApplicationController(ReviewDecisions decisions, GuaranteeApplications applications,
			CompanyProfiles companies, ServiceLevels serviceLevels) {
		this.serviceLevels = serviceLevels;
		this.decisions = decisions;
		this.applications = applications;
		this.companies = companies;
	}

	@GetMapping("/review/{id}")
	String show(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return page(decisions.open(user, applicationId(id)), user, model, null, null);
	}

	@GetMapping("/review/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable long documentId,
			@AuthenticationPrincipal SignedInUser user) {
		ReviewCase review = decisions.open(user, applicationId(id));
		StoredDocument document = applications.document(review.application().id(), documentId)
			.orElseThrow(ApplicationNotFoundException::new);
		return DocumentResponses.inline(document);
	}

	@PostMapping("/review/{id}/take")
	String take(@PathVariable String id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		return act(id, user, form, errors, model, redirect, "assign", "review.notice.taken",
				version -> decisions.take(user, applicationId(id), version));
	}

	@PostMapping("/review/{id}/release")
	String release(@PathVariable String id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		return act(id, user, form, errors, model, redirect, "assign", "review.notice.released",
				version -> decisions.release(user, applicationId(id), version));
	}

	@PostMapping("/review/{id}/reassign")
	String reassign(@PathVariable String id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		return act(id, user, form, errors, model, redirect, "assign", "review.notice.reassigned",
				version -> decisions.reassign(user, applicationId(id), version,
						form.getAssignee() == null ? "" : form.getAssignee().strip()));
	}

	@PostMapping("/review/{id}/request-information")
	String requestInformation(@PathVariable String id, @ModelAttribute("decision") DecisionForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		String message = DecisionChecks.text(form.getMessage(), "message", errors);
		String comment = DecisionChecks.text(form.getComment(), "comment", errors);
		return act(id, user, form, errors, model, redirect, "information", "review.notice.informationRequested",
				version -> decisions.requestInformation(user, applicationId(id), version, message, comment));
	}

	@PostMapping("/review/{id}/reject")
	String reject(@PathVariable String id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		RejectionReason reason = DecisionChecks.reason(form, errors);
		String explanation = DecisionChecks.text(form.getExplanation(), "explanation", errors);
		String comment = DecisionChecks.text(form.getComment(), "comment", errors);
		return act(id, user, form, errors, model, redirect, "rejection", "review.notice.rejected",
				version -> decisions.reject(user, applicationId(id), version, reason, explanation, comment));
	}

	@PostMapping("/review/{id}/approve")
	String approve(@PathVariable String id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ApprovalTerms terms = DecisionChecks.approvalTerms(form, errors);
		String comment = DecisionChecks.text(form.getComment(), "comment", errors);
		Guarantee[] issued = new Guarantee[1];
		String view = act(id, user, form, errors, model, redirect, "approval", "review.notice.recommended",
				version -> issued[0] = decisions.approve(user, applicationId(id), version, terms, comment));
		if (issued[0] != null) {
			redirect.addFlashAttribute("notice", "review.notice.approved");
			redirect.addFlashAttribute("guaranteeNumber", issued[0].number());
		}
		return view;
	}

	@PostMapping("/review/{id}/confirm")
	String confirm(@PathVariable String id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		String comment = DecisionChecks.text(form.getComment(), "comment", errors);
		return act(id, user, form, errors, model, redirect, "confirmation", "review.notice.approved",
				version -> redirect.addFlashAttribute("guaranteeNumber",
						decisions.confirm(user, applicationId(id), version, comment).number()));
	}

	@PostMapping("/review/{id}/send-back")
	String sendBack(@PathVariable String id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		String comment = DecisionChecks.text(form.getComment(), "comment", errors);
		return act(id, user, form, errors, model, redirect, "confirmation", "review.notice.sentBack",
				version -> decisions.sendBack(user, applicationId(id), version, comment));
	}

	/**
	 * Runs one action on the version the reviewer saw. Field errors, and rules the reviewer can fix, show the page
	 * again with what they typed; an application someone else changed meanwhile is shown afresh with a warning.
	 */
	private String act(String id, SignedInUser user, DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, String panel, String notice, Consumer<Long> action) {
		ApplicationId applicationId = applicationId(id);
		ReviewCase review = decisions.open(user, applicationId);
		Optional<Long> version = DecisionChecks.version(form, errors);
		if (errors.hasErrors()) {
			return page(review, user, model, panel, errors);
		}
		try {
			action.accept(version.get());
		}
		catch (ApplicationChangedException changed) {
			redirect.addFlashAttribute("problem", changed.messageKey());
			return redirectTo(applicationId);
		}
		catch (ReviewRuleException | ProgrammeRuleException refused) {
			FormErrors.reject(errors, refused);
			return page(decisions.open(user, applicationId), user, model, panel, errors);
		}
		catch (ApplicationRuleException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
			return redirectTo(applicationId);
		}
		if (!redirect.getFlashAttributes().containsKey("notice")) {
			redirect.addFlashAttribute("notice", notice);
		}
		return redirectTo(applicationId);
	}

	/**
	 * The page with a form for each decision panel; the panel just used keeps what the reviewer typed and its
	 * errors, the others start afresh.
	 */
	private String page(ReviewCase review, SignedInUser user, Model model, String panel, BindingResult errors) {
		ApplicationView current = review.application();
		for (String name : PANELS) {
			String formName = name + "Form";
			if (name.equals(panel) && errors != null) {
				model.addAttribute(formName, errors.getTarget());
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, errors);
			}
			else {
				model.addAttribute(formName, DecisionForm.of(current, review.programme().terms()));
			}
		}
		ProgrammeSummary programme = review.programme();
		long organisation = current.organisationId();
		Won exposureHere = applications.exposure(organisation, programme.code().value());
		model.addAttribute("review", review);
		model.addAttribute("details", review.details());
		model.addAttribute("current", current);
		model.addAttribute("programme", programme);
		model.addAttribute("company", companies.forOrganisation(organisation).orElse(null));
		model.addAttribute("history", applications.ofOrganisation(organisation));
		model.addAttribute("duplicates", applications.possibleDuplicates(current.id()));
		model.addAttribute("exposureHere", exposureHere);
		model.addAttribute("exposureEverywhere", applications.exposureEverywhere(organisation));
		model.addAttribute("aboveCap", exposureHere.isGreaterThan(programme.terms().maxLoan()));
		model.addAttribute("aboveCapacity",
				current.status().awaitsAgency() && current.amount().isGreaterThan(programme.remaining()));
		model.addAttribute("mayDecide", review.canBeDecidedBy(user));
		model.addAttribute("mayConfirm", review.canBeConfirmedBy(user));
		model.addAttribute("mayTake", review.canBeTakenBy(user));
		model.addAttribute("mayRelease", current.assignee() != null && current.status().awaitsAgency()
				&& (review.isAssignedTo(user) || review.canBeReassignedBy(user)));
		model.addAttribute("mayReassign", review.canBeReassignedBy(user));
		List<SignedInUser> colleagues = decisions.colleagues(user);
		model.addAttribute("colleagues", review.canBeReassignedBy(user) ? colleagues : List.of());
		model.addAttribute("staffNames", colleagues.stream()
			.collect(Collectors.toMap(SignedInUser::getUsername, SignedInUser::displayName)));
		model.addAttribute("reasons", RejectionReason.values());
		String agency = user.organisation().code();
		model.addAttribute("workingDays", current.status().awaitsAgency() && current.submittedAt() != null
				? serviceLevels.workingDaysSince(current.submittedAt()) : null);
		model.addAttribute("targetDays", serviceLevels.targetFor(agency));
		model.addAttribute("overdue", current.submittedAt() != null
				&& serviceLevels.isOverdue(agency, current.status(), current.submittedAt()));
		model.addAttribute("panel", panel);
		return DETAIL_VIEW;
	}

	private static String redirectTo(ApplicationId id) {
		return "redirect:/review/" + id.value();
	}

	static ApplicationId applicationId(String id) {
		if (id == null || !id.matches("[0-9]{1,18}") || Long.parseLong(id) <= 0) {
			throw new ApplicationNotFoundException();
		}
		return new ApplicationId(Long.parseLong(id));
	}

}
