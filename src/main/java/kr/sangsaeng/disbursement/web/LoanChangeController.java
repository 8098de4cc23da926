package kr.sangsaeng.disbursement.web;

import java.util.List;
import java.util.Optional;

import kr.sangsaeng.disbursement.Loan;
import kr.sangsaeng.disbursement.LoanChange;
import kr.sangsaeng.disbursement.LoanChangeKind;
import kr.sangsaeng.disbursement.LoanChangeStatus;
import kr.sangsaeng.disbursement.LoanChanges;
import kr.sangsaeng.disbursement.LoanNotFoundException;
import kr.sangsaeng.disbursement.LoanRuleException;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.review.Guarantee;
import kr.sangsaeng.review.Guarantees;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.system.FormErrors;

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
 * Changes of a guaranteed loan after approval: the SME (from its application) and the bank (from its loan) ask for
 * one and follow it; agency staff find the open ones and decide, with a second person where the rules want one.
 * Each party sees the loan's whole change history. A loan or change someone may not see is not found.
 */
@Controller
class LoanChangeController {

	private static final String VIEW = "disbursement/changes";

	private final LoanChanges changes;

	private final Guarantees guarantees;

	private final ProgrammeCatalogue catalogue;

	LoanChangeController(LoanChanges changes, Guarantees guarantees, ProgrammeCatalogue catalogue) {
		this.changes = changes;
		this.guarantees = guarantees;
		this.catalogue = catalogue;
	}

	@GetMapping("/applications/{id}/changes")
	String ofApplication(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return show(changes.loanFor(user, id), user, model, null, null);
	}

	@PostMapping("/applications/{id}/changes")
	String requestForApplication(@PathVariable ApplicationId id, @ModelAttribute("changeForm") LoanChangeForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		return request(id, form, errors, user, model, redirect);
	}

	@GetMapping("/disbursements/{id}/changes")
	String ofLoan(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return show(changes.loanFor(user, id), user, model, null, null);
	}

	@PostMapping("/disbursements/{id}/changes")
	String requestForLoan(@PathVariable ApplicationId id, @ModelAttribute("changeForm") LoanChangeForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		return request(id, form, errors, user, model, redirect);
	}

	@GetMapping("/review/loan-changes")
	String awaiting(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("awaiting", changes.awaiting(user));
		return "disbursement/change-queue";
	}

	@GetMapping("/review/loans/{id}/changes")
	String forAgency(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return show(changes.loanFor(user, id), user, model, null, null);
	}

	@PostMapping("/review/loan-changes/{change}/approval")
	String approve(@PathVariable("change") String change, @ModelAttribute("decisionForm") LoanChangeForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		LoanChange open = change(user, change);
		return decide(open, errors, user, model, () -> {
			LoanChange decided = changes.approve(user, open.id());
			redirect.addFlashAttribute("notice", decided.status() == LoanChangeStatus.APPROVED
					? "loanChange.notice.approved" : "loanChange.notice.recommended");
		});
	}

	@PostMapping("/review/loan-changes/{change}/confirmation")
	String confirm(@PathVariable("change") String change, @ModelAttribute("decisionForm") LoanChangeForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		LoanChange open = change(user, change);
		return decide(open, errors, user, model, () -> {
			changes.confirm(user, open.id());
			redirect.addFlashAttribute("notice", "loanChange.notice.approved");
		});
	}

	@PostMapping("/review/loan-changes/{change}/rejection")
	String reject(@PathVariable("change") String change, @ModelAttribute("decisionForm") LoanChangeForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		LoanChange open = change(user, change);
		String reason = LoanChangeChecks.rejectionReason(form, errors);
		return decide(open, errors, user, model, () -> {
			changes.reject(user, open.id(), reason);
			redirect.addFlashAttribute("notice", "loanChange.notice.rejected");
		});
	}

	private String request(ApplicationId id, LoanChangeForm form, BindingResult errors, SignedInUser user,
			Model model, RedirectAttributes redirect) {
		Loan loan = changes.loanFor(user, id);
		LoanChanges.Request request = LoanChangeChecks.request(form, errors);
		if (errors.hasErrors()) {
			return show(loan, user, model, "changeForm", errors);
		}
		try {
			changes.request(user, id, request);
		}
		catch (LoanRuleException refused) {
			FormErrors.reject(errors, refused);
			return show(changes.loanFor(user, id), user, model, "changeForm", errors);
		}
		redirect.addFlashAttribute("notice", "loanChange.notice.requested");
		return "redirect:" + home(user, id);
	}

	private String decide(LoanChange change, BindingResult errors, SignedInUser user, Model model,
			Runnable action) {
		if (errors.hasErrors()) {
			return show(changes.loanFor(user, change.loan()), user, model, "decisionForm", errors);
		}
		try {
			action.run();
		}
		catch (LoanRuleException refused) {
			FormErrors.reject(errors, refused);
			return show(changes.loanFor(user, change.loan()), user, model, "decisionForm", errors);
		}
		return "redirect:" + home(user, change.loan());
	}

	private String show(Loan loan, SignedInUser user, Model model, String used, BindingResult errors) {
		for (String name : List.of("changeForm", "decisionForm")) {
			if (name.equals(used)) {
				model.addAttribute(name, errors.getTarget());
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
			}
			else {
				model.addAttribute(name, new LoanChangeForm());
			}
		}
		Guarantee guarantee = guarantees.ofApplication(loan.id()).orElseThrow(LoanNotFoundException::new);
		Optional<ProgrammeSummary> programme = catalogue.find(loan.programmeCode());
		List<LoanChange> history = changes.history(user, loan.id());
		Optional<LoanChange> open = history.stream().filter(LoanChange::isOpen).findFirst();
		boolean agency = user.hasRole(Role.AGENCY_REVIEWER) || user.hasRole(Role.AGENCY_APPROVER);
		boolean approver = user.hasRole(Role.AGENCY_APPROVER);
		model.addAttribute("loan", loan);
		model.addAttribute("guarantee", guarantee);
		model.addAttribute("changeHistory", history);
		model.addAttribute("open", open.orElse(null));
		model.addAttribute("home", home(user, loan.id()));
		model.addAttribute("kinds", LoanChangeKind.values());
		model.addAttribute("maxTermMonths", programme.map(found -> found.terms().maxTermMonths()).orElse(0));
		model.addAttribute("bankNames", new BankNames(programme.orElse(null)));
		model.addAttribute("otherBanks", agency ? List.<BankCode>of() : changes.otherBanks(user, loan.id()));
		model.addAttribute("mayRequest", !agency && open.isEmpty() && loan.status().acceptsPayments());
		model.addAttribute("agency", agency);
		boolean requested = open.map(change -> change.status() == LoanChangeStatus.REQUESTED).orElse(false);
		boolean recommended = open.map(change -> change.status() == LoanChangeStatus.RECOMMENDED).orElse(false);
		boolean own = open.map(change -> user.getUsername().equals(change.recommendedBy())).orElse(false);
		model.addAttribute("mayApprove", agency && requested);
		model.addAttribute("secondPerson", open.map(change -> changes.needsSecondPerson(change, loan)).orElse(false));
		model.addAttribute("mayConfirm", approver && recommended && !own);
		model.addAttribute("ownRecommendation", agency && recommended && own);
		model.addAttribute("mayReject", agency && (requested || (recommended && approver)));
		return VIEW;
	}

	private LoanChange change(SignedInUser user, String change) {
		if (change == null || !change.matches("[0-9]{1,18}")) {
			throw new LoanNotFoundException();
		}
		return changes.forAgency(user, Long.parseLong(change));
	}

	private static String home(SignedInUser user, ApplicationId id) {
		if (user.hasRole(Role.SME_APPLICANT)) {
			return "/applications/" + id.value() + "/changes";
		}
		if (user.hasRole(Role.BANK_OFFICER)) {
			return "/disbursements/" + id.value() + "/changes";
		}
		return "/review/loans/" + id.value() + "/changes";
	}

	/**
	 * The names of the banks of the loan's programme, for the page; a code the programme does not know reads as
	 * itself.
	 */
	record BankNames(ProgrammeSummary programme) {

		public LocalizedName of(BankCode bank) {
			LocalizedName name = programme == null ? null : programme.bankName(bank);
			return name == null ? new LocalizedName(bank.value(), bank.value()) : name;
		}

	}

}
