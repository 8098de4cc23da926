package kr.sangsaeng.disbursement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kr.sangsaeng.disbursement.Claim;
import kr.sangsaeng.disbursement.ClaimStatus;
import kr.sangsaeng.disbursement.Claims;
import kr.sangsaeng.disbursement.Loan;
import kr.sangsaeng.disbursement.LoanChanges;
import kr.sangsaeng.disbursement.LoanNotFoundException;
import kr.sangsaeng.disbursement.LoanStatus;
import kr.sangsaeng.disbursement.LoanYearlyCosts;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.disbursement.MonthlyReports;
import kr.sangsaeng.disbursement.ReportedStatus;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.SeoulTime;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The page of a loan as its bank's officer pays it out, with a form for each action; the loan's controllers all
 * show it. Another bank's loan is not found.
 */
@Component
class LoanPage {

	static final String LOAN_VIEW = "disbursement/loan";

	private static final List<String> FORMS = List.of("payment", "reversal", "closing");

	private final Loans loans;

	private final ProgrammeCatalogue catalogue;

	private final Accounts accounts;

	private final MonthlyReports reports;

	private final Claims claims;

	private final LoanYearlyCosts yearlyCosts;

	private final Clock clock;

	private final LoanChanges changes;

	LoanPage(Loans loans, MonthlyReports reports, Claims claims, ProgrammeCatalogue catalogue, Accounts accounts,
			LoanYearlyCosts yearlyCosts, Clock clock, LoanChanges changes) {
		this.yearlyCosts = yearlyCosts;
		this.changes = changes;
		this.loans = loans;
		this.claims = claims;
		this.reports = reports;
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The page with a form for each action; the form just used keeps what the officer typed and its errors, the
	 * others start afresh.
	 */
	String show(Loan loan, SignedInUser user, Model model, String used, BindingResult errors,
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
		if ("report".equals(used) && errors != null) {
			model.addAttribute("reportForm", errors.getTarget());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "reportForm", errors);
		}
		else {
			model.addAttribute("reportForm", MonthlyReportForm.forMonth(YearMonth.from(today)));
		}
		for (String name : List.of("claim", "recovery")) {
			if (name.equals(used) && errors != null) {
				model.addAttribute(name + "Form", errors.getTarget());
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name + "Form", errors);
			}
			else {
				model.addAttribute(name + "Form", ClaimForm.startingOn(today));
			}
		}
		model.addAttribute("blankReversal", LoanForm.startingOn(today));
		model.addAttribute("reversalFor", "reversal".equals(used) ? reversalFor : null);
		Map<String, String> names = accounts.members(user.organisation().id())
			.stream()
			.collect(Collectors.toMap(SignedInUser::getUsername, SignedInUser::displayName, (a, b) -> a));
		LoanStatus status = loan.status();
		model.addAttribute("loan", loan);
		model.addAttribute("programmeName", catalogue.find(loan.programmeCode())
			.map(ProgrammeSummary::name)
			.orElse(new LocalizedName(loan.programmeCode().value(), loan.programmeCode().value())));
		model.addAttribute("yearlyCosts", yearlyCosts.of(loan).orElse(null));
		model.addAttribute("rows", EntryRow.of(loans.entries(loan.id()), names, status.isPaidOut()));
		model.addAttribute("paidShare", loan.disbursed().percentOf(loan.approved()));
		model.addAttribute("mayPay", status.acceptsPayments());
		model.addAttribute("mayClose", status.isPaidOut());
		model.addAttribute("mayCancel", status == LoanStatus.APPROVED);
		model.addAttribute("today", today);
		model.addAttribute("thisMonth", YearMonth.from(today));
		model.addAttribute("reports", reports.history(loan.id()));
		model.addAttribute("reporterNames", names);
		model.addAttribute("reportedStatuses", ReportedStatus.values());
		model.addAttribute("mayReport", status.isPaidOut());
		model.addAttribute("outstanding", reports.outstanding(loan));
		List<Claim> loanClaims = claims.ofLoan(loan.id());
		model.addAttribute("claims", loanClaims);
		model.addAttribute("changeHistory", changes.ofBank(loan.bankCode(), loan.id()));
		model.addAttribute("bankNames", new LoanChangeController.BankNames(catalogue.find(loan.programmeCode())
			.orElse(null)));
		model.addAttribute("claimLimitShare", loan.guaranteeRatio().plain());
		model.addAttribute("mayClaim", status == LoanStatus.DEFAULTED
				&& loanClaims.stream().noneMatch(claim -> claim.status() != ClaimStatus.REJECTED));
		model.addAttribute("mayRecover", loanClaims.stream()
			.anyMatch(claim -> claim.status() == ClaimStatus.PAID && !claim.unrecovered().isZero()));
		return LOAN_VIEW;
	}

	Loan loan(SignedInUser user, ApplicationId id) {
		return loans.find(bank(user), id).orElseThrow(LoanNotFoundException::new);
	}

	static BankCode bank(SignedInUser user) {
		return user.organisation().bankCode();
	}

}
