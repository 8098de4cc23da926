package kr.sangsaeng.applications.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import kr.sangsaeng.applications.AgreementOption;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.program.ProgrammeTerms;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.shared.WonInput;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.Errors;

/**
 * Checks an application form against the programme's terms and what the SME may still borrow.
 */
final class ApplicationFormValidation {

	static final int PLAN_LIMIT = 4000;

	private static final Pattern MONTHS = Pattern.compile("[0-9]{1,3}");

	private ApplicationFormValidation() {
	}

	/**
	 * @param options the programme's agreements as the SME may choose among them
	 * @param largestLoan the most the SME may ask for now
	 * @return the checked content, or {@code null} when a field has an error
	 */
	static ApplicationContent check(ApplicationForm form, ProgrammeSummary programme, List<AgreementOption> options,
			Won largestLoan, Errors errors) {
		ProgrammeTerms terms = programme.terms();
		AgreementOption chosen = chosenAgreement(form, programme, options, errors);
		if (chosen != null && chosen.largestLoan().isLessThan(largestLoan)) {
			largestLoan = chosen.largestLoan();
		}
		Won amount = null;
		try {
			amount = WonInput.parse(form.getAmount());
			if (amount.isLessThan(terms.minLoan()) || amount.isZero()) {
				errors.rejectValue("amount", "application.form.error.belowMinimum",
						new Object[] { terms.minLoan() }, null);
			}
			else if (amount.isGreaterThan(largestLoan)) {
				errors.rejectValue("amount", "application.form.error.aboveLargest", new Object[] { largestLoan },
						null);
			}
		}
		catch (InvalidAmountException invalid) {
			errors.rejectValue("amount", invalid.messageKey());
		}
		LoanPurpose purpose = Arrays.stream(LoanPurpose.values())
			.filter(candidate -> candidate.name().equals(form.getPurpose()))
			.findFirst()
			.orElse(null);
		if (purpose == null) {
			errors.rejectValue("purpose", "application.form.error.purpose");
		}
		Integer term = null;
		String months = form.getTermMonths() == null ? "" : form.getTermMonths().strip();
		if (!MONTHS.matcher(months).matches() || Integer.parseInt(months) < 1
				|| Integer.parseInt(months) > terms.maxTermMonths()) {
			errors.rejectValue("termMonths", "application.form.error.term", new Object[] { terms.maxTermMonths() },
					null);
		}
		else {
			term = Integer.parseInt(months);
		}
		BankCode bank = BankCode.isWellFormed(form.getBankCode()) ? new BankCode(form.getBankCode()) : null;
		if (bank == null || !programme.isLentBy(bank)) {
			errors.rejectValue("bankCode", "application.form.error.bank");
		}
		else if (chosen != null && !chosen.agreement().isLentBy(bank)) {
			errors.rejectValue("bankCode", "application.form.error.bankOfAgreement",
					new Object[] { chosen.agreement().agency().name().in(LocaleContextHolder.getLocale()) }, null);
		}
		String plan = form.getBusinessPlan() == null ? "" : form.getBusinessPlan().strip();
		if (plan.isEmpty()) {
			errors.rejectValue("businessPlan", "application.form.error.plan");
		}
		else if (plan.length() > PLAN_LIMIT) {
			errors.rejectValue("businessPlan", "application.form.error.tooLong", new Object[] { PLAN_LIMIT }, null);
		}
		else if (plan.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			errors.rejectValue("businessPlan", "application.form.error.controlCharacters");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new ApplicationContent(amount, purpose, term, bank, plan, chosen.agreement().code());
	}

	/**
	 * The agreement the SME chose: one of the programme's that admits it. A programme with only one agreement, or
	 * with only one that admits the company, takes its applications there without asking.
	 */
	private static AgreementOption chosenAgreement(ApplicationForm form, ProgrammeSummary programme,
			List<AgreementOption> options, Errors errors) {
		if (!programme.offersChoiceOfAgreement()) {
			if (options.isEmpty()) {
				errors.rejectValue("agreementCode", "application.form.error.agreement");
				return null;
			}
			return options.get(0);
		}
		String typed = form.getAgreementCode() == null ? "" : form.getAgreementCode().strip();
		List<AgreementOption> admitting = options.stream().filter(AgreementOption::admitted).toList();
		if (typed.isEmpty() && admitting.size() == 1) {
			// only one agreement admits the company: there is nothing to choose
			return admitting.get(0);
		}
		AgreementOption chosen = options.stream()
			.filter(option -> option.agreement().code().value().equals(typed))
			.findFirst()
			.orElse(null);
		if (chosen == null) {
			errors.rejectValue("agreementCode", "application.form.error.agreement");
			return null;
		}
		if (!chosen.admitted()) {
			errors.rejectValue("agreementCode", "application.form.error.agreementRefuses",
					new Object[] { chosen.agreement().agency().name().in(LocaleContextHolder.getLocale()) }, null);
			return null;
		}
		return chosen;
	}

}
