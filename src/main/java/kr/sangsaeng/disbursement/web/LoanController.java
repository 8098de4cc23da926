package kr.sangsaeng.disbursement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import kr.sangsaeng.disbursement.Loan;
import kr.sangsaeng.disbursement.LoanNotFoundException;
import kr.sangsaeng.disbursement.LoanRuleException;
import kr.sangsaeng.disbursement.LoanStatus;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;
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
 * A loan as its bank's officer pays it out: how much is paid, each payment and reversal, and the forms to record a
 * payment, reverse a mistaken one, report the loan repaid or defaulted, or cancel it before any payment. Another
 * bank's loan is not found, whatever is asked of it.
 */
@Controller
class LoanController {

	static final String LOAN_VIEW = "disbursement/loan";

	static final String CHANNEL = "PAGE";

	private static final List<String> FORMS = List.of("payment", "reversal", "closing");

	private final Loans loans;

	private final ProgrammeCatalogue catalogue;

	private final Accounts accounts;

	private final Clock clock;

	LoanController(Loans loans, ProgrammeCatalogue catalogue, Accounts accounts, Clock clock) {
		this.loans = loans;
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/disbursements/{id}")
	String show(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return page(loan(user, loanId(id)), user, model, null, null, null);
	}

	@PostMapping("/disbursements/{id}/payments")
	String pay(@PathVariable String id, @ModelAttribute("paymentForm") LoanForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect, Locale locale) {
		Loan loan = loan(user, loanId(id));
		Won amount = LoanFormChecks.amount(form, errors);
		LocalDate disbursedOn = LoanFormChecks.date(form, errors);
		String reference = LoanFormChecks.reference(form, errors);
		return act(loan, user, errors, model, "payment", null, () -> {
			loans.pay(bank(user), loan.id(), amount, disbursedOn, reference, user.getUsername(), CHANNEL);
			redirect.addFlashAttribute("notice", "loan.notice.paid");
			redirect.addFlashAttribute("noticeAmount", amount.inWords(locale));
		});
	}

	@PostMapping("/disbursements/{id}/payments/{paymentId}/reversal")
	String reverse(@PathVariable String id, @PathVariable String paymentId,
			@ModelAttribute("reversalForm") LoanForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Loan loan = loan(user, loanId(id));
		Long payment = paymentId.matches("[0-9]{1,18}") ? Long.valueOf(paymentId) : null;
		String reason = LoanFormChecks.reason(form, errors);
		return act(loan, user, errors, model, "reversal", payment, () -> {
			loans.reverse(bank(user), loan.id(), payment == null ? -1 : payment, reason, user.getUsername(),
					CHANNEL);
			redirect.addFlashAttribute("notice", "loan.notice.reversed");
		});
	}

	@PostMapping("/disbursements/{id}/repaid")
	String repaid(@PathVariable String id, @ModelAttribute("closingForm") LoanForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Loan loan = loan(user, loanId(id));
		return act(loan, user, errors, model, "closing", null, () -> {
			loans.repaid(bank(user), loan.id(), user.getUsername());
			redirect.addFlashAttribute("notice", "loan.notice.repaid");
		});
	}

	@PostMapping("/disbursements/{id}/defaulted")
	String defaulted(@PathVariable String id, @ModelAttribute("closingForm") LoanForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Loan loan = loan(user, loanId(id));
		return act(loan, user, errors, model, "closing", null, () -> {
			loans.defaulted(bank(user), loan.id(), user.getUsername());
			redirect.addFlashAttribute("notice", "loan.notice.defaulted");
		});
	}

	@PostMapping("/disbursements/{id}/cancel")
	String cancel(@PathVariable String id, @ModelAttribute("closingForm") LoanForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Loan loan = loan(user, loanId(id));
		return act(loan, user, errors, model, "closing", null, () -> {
			loans.cancel(bank(user), loan.id(), user.getUsername());
			redirect.addFlashAttribute("notice", "loan.notice.cancelled");
		});
	}

	/**
	 * Runs one action unless the form had errors. Errors, and what the loan's rules refuse, show the page again
	 * with what the officer typed; nothing is recorded then.
	 */
	private String act(Loan loan, SignedInUser user, BindingResult errors, Model model, String used,
			Long reversalFor, Runnable action) {
		if (errors.hasErrors()) {
			return page(loan, user, model, used, errors, reversalFor);
		}
		try {
			action.run();
		}
		catch (LoanRuleException refused) {
			FormErrors.reject(errors, refused);
			return page(loan(user, loan.id()), user, model, used, errors, reversalFor);
		}
		return "redirect:/disbursements/" + loan.id().value();
	}

	/**
	 * The page with a form for each action; the form just used keeps what the officer typed and its errors, the
	 * others start afresh.
	 */
	private String page(Loan loan, SignedInUser user, Model model, String used, BindingResult errors,
			Long reversalFor) {
		LocalDate today = SeoulTime.today(clock);
		for (String name : FORMS) {
			String formName = name + "Form";
			if (name.equals(used) && errors != null) {
				model.addAttribute(formName, errors.getTarget());
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, errors);
			}
			else {
				model.addAttribute(formName, LoanForm.startingOn(today));
			}
		}
		model.addAttribute("blankReversal", LoanForm.startingOn(today));
		model.addAttribute("reversalFor", "reversal".equals(used) ? reversalFor : null);
		Map<String, String> names = accounts.members(user.organisation().id())
			.stream()
			.collect(Collectors.toMap(SignedInUser::getUsername, SignedInUser::displayName, (a, b) -> a));
		LoanStatus status = loan.status();
		model.addAttribute("loan", loan);
		model.addAttribute("programmeName", catalogue.find(new ProgrammeCode(loan.programmeCode()))
			.map(ProgrammeSummary::name)
			.orElse(new LocalizedName(loan.programmeCode(), loan.programmeCode())));
		model.addAttribute("rows", EntryRow.of(loans.entries(loan.id()), names, status.isPaidOut()));
		model.addAttribute("paidShare", loan.disbursed().percentOf(loan.approved()));
		model.addAttribute("mayPay", status.acceptsPayments());
		model.addAttribute("mayClose", status.isPaidOut());
		model.addAttribute("mayCancel", status == LoanStatus.APPROVED);
		model.addAttribute("today", today);
		return LOAN_VIEW;
	}

	private Loan loan(SignedInUser user, ApplicationId id) {
		return loans.find(bank(user), id).orElseThrow(LoanNotFoundException::new);
	}

	private static String bank(SignedInUser user) {
		return user.organisation().code();
	}

	static ApplicationId loanId(String id) {
		if (id == null || !id.matches("[0-9]{1,18}") || Long.parseLong(id) <= 0) {
			throw new LoanNotFoundException();
		}
		return new ApplicationId(Long.parseLong(id));
	}

}
