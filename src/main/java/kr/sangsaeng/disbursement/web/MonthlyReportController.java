package kr.sangsaeng.disbursement.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import kr.sangsaeng.disbursement.DisbursementChannel;
import kr.sangsaeng.disbursement.Loan;
import kr.sangsaeng.disbursement.LoanRuleException;
import kr.sangsaeng.disbursement.MonthlyReports;
import kr.sangsaeng.disbursement.ReportedStatus;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.shared.WonInput;
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
 * The bank officer reports the loan's balance and status for a month on the loan's page.
 */
@Controller
class MonthlyReportController {

	private final MonthlyReports reports;

	private final LoanPage page;

	MonthlyReportController(MonthlyReports reports, LoanPage page) {
		this.reports = reports;
		this.page = page;
	}

	@PostMapping("/disbursements/{id}/monthly-reports")
	String report(@PathVariable ApplicationId id, @ModelAttribute("reportForm") MonthlyReportForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		Loan loan = page.loan(user, id);
		YearMonth month = month(form, errors);
		Won balance = balance(form, errors);
		ReportedStatus status = status(form, errors);
		Integer days = days(form, errors);
		if (errors.hasErrors()) {
			return page.show(loan, user, model, "report", errors, null);
		}
		try {
			MonthlyReports.Outcome outcome = reports.report(LoanPage.bank(user), loan.id(), month, balance, status, days,
					user.actor(), DisbursementChannel.PAGE);
			redirect.addFlashAttribute("notice", outcome.recorded() ? "loan.report.notice.recorded"
					: "loan.report.notice.same");
			redirect.addFlashAttribute("noticeAmount", month.toString());
		}
		catch (LoanRuleException refused) {
			FormErrors.reject(errors, refused);
			return page.show(page.loan(user, loan.id()), user, model, "report", errors, null);
		}
		return "redirect:/disbursements/" + loan.id().value();
	}

	private static YearMonth month(MonthlyReportForm form, BindingResult errors) {
		String text = form.getMonth() == null ? "" : form.getMonth().strip();
		if (text.isEmpty()) {
			errors.rejectValue("month", "loan.form.error.required");
			return null;
		}
		try {
			if (!text.matches("[0-9]{4}-[0-9]{2}")) {
				throw new DateTimeParseException("not YYYY-MM", text, 0);
			}
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException notAMonth) {
			errors.rejectValue("month", "loan.report.error.month");
			return null;
		}
	}

	private static Won balance(MonthlyReportForm form, BindingResult errors) {
		try {
			return WonInput.parse(form.getBalanceWon());
		}
		catch (InvalidAmountException invalid) {
			errors.rejectValue("balanceWon", invalid.messageKey());
			return null;
		}
	}

	private static ReportedStatus status(MonthlyReportForm form, BindingResult errors) {
		return Arrays.stream(ReportedStatus.values())
			.filter(status -> status.name().equals(form.getStatus()))
			.findFirst()
			.orElseGet(() -> {
				errors.rejectValue("status", "loan.report.error.status");
				return null;
			});
	}

	private static Integer days(MonthlyReportForm form, BindingResult errors) {
		String text = form.getDaysInArrears() == null ? "" : form.getDaysInArrears().strip();
		if (text.isEmpty()) {
			return null;
		}
		if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) < 1
				|| Integer.parseInt(text) > MonthlyReports.MOST_DAYS_IN_ARREARS) {
			errors.rejectValue("daysInArrears", "loan.report.rule.daysRange",
					new Object[] { MonthlyReports.MOST_DAYS_IN_ARREARS }, null);
			return null;
		}
		return Integer.valueOf(text);
	}

}
