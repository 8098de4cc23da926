package kr.sangsaeng.disbursement.web;

import java.time.LocalDate;
import java.util.Locale;

import kr.sangsaeng.disbursement.Loan;
import kr.sangsaeng.disbursement.DisbursementChannel;
import kr.sangsaeng.disbursement.LoanRuleException;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;
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
 * What a bank's officer does with a loan: record a payment, reverse a mistaken one, report the loan repaid or
 * defaulted, or cancel it before any payment.
 */
@Controller
class LoanActionController {


	private final Loans loans;

	private final LoanPage page;

	LoanActionController(Loans loans, LoanPage page) {
		this.loans = loans;
		this.page = page;
	}

	@PostMapping("/disbursements/{id}/payments")
	String pay(@PathVariable ApplicationId id, @ModelAttribute("paymentForm") LoanForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect, Locale locale) {
		Loan loan = page.loan(user, id);
		Won amount = LoanFormChecks.amount(form, errors);
		LocalDate disbursedOn = LoanFormChecks.date(form, errors);
		String reference = LoanFormChecks.reference(form, errors);
		return act(loan, user, errors, model, "payment", null, () -> {
			loans.pay(LoanPage.bank(user), loan.id(), amount, disbursedOn, reference, user.actor(), DisbursementChannel.PAGE);
			redirect.addFlashAttribute("notice", "loan.notice.paid");
			redirect.addFlashAttribute("noticeAmount", amount.inWords(locale));
		});
	}

	@PostMapping("/disbursements/{id}/certificate-acknowledgement")
	String acknowledge(@PathVariable ApplicationId id, @ModelAttribute("closingForm") LoanForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Loan loan = page.loan(user, id);
		return act(loan, user, errors, model, "closing", null, () -> {
			loans.acknowledgeCertificate(LoanPage.bank(user), loan.id(), user.actor());
			redirect.addFlashAttribute("notice", "loan.notice.certificateAcknowledged");
		});
	}

	@PostMapping("/disbursements/{id}/payments/{paymentId}/reversal")
	String reverse(@PathVariable ApplicationId id, @PathVariable String paymentId,
			@ModelAttribute("reversalForm") LoanForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Loan loan = page.loan(user, id);
		Long payment = paymentId.matches("[0-9]{1,18}") ? Long.valueOf(paymentId) : null;
		String reason = LoanFormChecks.reason(form, errors);
		return act(loan, user, errors, model, "reversal", payment, () -> {
			loans.reverse(LoanPage.bank(user), loan.id(), payment == null ? -1 : payment, reason, user.actor(),
					DisbursementChannel.PAGE);
			redirect.addFlashAttribute("notice", "loan.notice.reversed");
		});
	}

	@PostMapping("/disbursements/{id}/repaid")
	String repaid(@PathVariable ApplicationId id, @ModelAttribute("closingForm") LoanForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Loan loan = page.loan(user, id);
		return act(loan, user, errors, model, "closing", null, () -> {
			loans.repaid(LoanPage.bank(user), loan.id(), user.actor());
			redirect.addFlashAttribute("notice", "loan.notice.repaid");
		});
	}

	@PostMapping("/disbursements/{id}/defaulted")
	String defaulted(@PathVariable ApplicationId id, @ModelAttribute("closingForm") LoanForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Loan loan = page.loan(user, id);
		return act(loan, user, errors, model, "closing", null, () -> {
			loans.defaulted(LoanPage.bank(user), loan.id(), user.actor());
			redirect.addFlashAttribute("notice", "loan.notice.defaulted");
		});
	}

	@PostMapping("/disbursements/{id}/cancel")
	String cancel(@PathVariable ApplicationId id, @ModelAttribute("closingForm") LoanForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Loan loan = page.loan(user, id);
		return act(loan, user, errors, model, "closing", null, () -> {
			loans.cancel(LoanPage.bank(user), loan.id(), user.actor());
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
			return page.show(loan, user, model, used, errors, reversalFor);
		}
		try {
			action.run();
		}
		catch (LoanRuleException refused) {
			FormErrors.reject(errors, refused);
			return page.show(page.loan(user, loan.id()), user, model, used, errors, reversalFor);
		}
		return "redirect:/disbursements/" + loan.id().value();
	}

}
