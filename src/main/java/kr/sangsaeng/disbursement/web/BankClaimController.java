package kr.sangsaeng.disbursement.web;

import java.time.LocalDate;
import java.util.Locale;

import kr.sangsaeng.disbursement.Claims;
import kr.sangsaeng.disbursement.DisbursementChannel;
import kr.sangsaeng.disbursement.Loan;
import kr.sangsaeng.disbursement.LoanRuleException;
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
 * The bank officer files a claim on a defaulted loan from the loan's page, and records what was recovered after the
 * agency paid it.
 */
@Controller
class BankClaimController {

	private final Claims claims;

	private final LoanPage page;

	BankClaimController(Claims claims, LoanPage page) {
		this.claims = claims;
		this.page = page;
	}

	@PostMapping("/disbursements/{id}/claims")
	String file(@PathVariable ApplicationId id, @ModelAttribute("claimForm") ClaimForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect, Locale locale) {
		Loan loan = page.loan(user, id);
		Won loss = ClaimFormChecks.amount(form.getCoveredLossWon(), "coveredLossWon", errors);
		Won claimed = ClaimFormChecks.amount(form.getClaimedWon(), "claimedWon", errors);
		LocalDate defaultDate = ClaimFormChecks.date(form.getDefaultDate(), "defaultDate", errors);
		String reference = ClaimFormChecks.reference(form, errors);
		return act(loan, user, errors, model, "claim", () -> {
			Claims.Filing filing = claims.file(LoanPage.bank(user), loan.id(), loss, claimed, defaultDate, reference,
					user.actor(), DisbursementChannel.PAGE);
			redirect.addFlashAttribute("notice", filing.filed() ? "claim.notice.filed" : "claim.notice.same");
			redirect.addFlashAttribute("noticeAmount", claimed.inWords(locale));
		});
	}

	@PostMapping("/disbursements/{id}/claims/recoveries")
	String recover(@PathVariable ApplicationId id, @ModelAttribute("recoveryForm") ClaimForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect,
			Locale locale) {
		Loan loan = page.loan(user, id);
		Won amount = ClaimFormChecks.amount(form.getAmountWon(), "amountWon", errors);
		LocalDate recoveredOn = ClaimFormChecks.date(form.getRecoveredOn(), "recoveredOn", errors);
		return act(loan, user, errors, model, "recovery", () -> {
			claims.recordRecovery(LoanPage.bank(user), loan.id(), amount, recoveredOn, user.actor());
			redirect.addFlashAttribute("notice", "claim.notice.recovered");
			redirect.addFlashAttribute("noticeAmount", amount.inWords(locale));
		});
	}

	private String act(Loan loan, SignedInUser user, BindingResult errors, Model model, String used, Runnable action) {
		if (errors.hasErrors()) {
			return page.show(loan, user, model, used, errors, null);
		}
		try {
			action.run();
		}
		catch (LoanRuleException refused) {
			FormErrors.reject(errors, refused);
			return page.show(page.loan(user, loan.id()), user, model, used, errors, null);
		}
		return "redirect:/disbursements/" + loan.id().value() + "#claim";
	}

}
