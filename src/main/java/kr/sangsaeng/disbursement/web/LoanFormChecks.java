package kr.sangsaeng.disbursement.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.shared.WonInput;

import org.springframework.validation.Errors;

/**
 * Reads the fields of a {@link LoanForm}, rejecting what is missing or malformed next to its field. What the loan
 * allows (the amount left, the dates) is for the loans service to say.
 */
final class LoanFormChecks {

	static final int LONGEST_REFERENCE = 64;

	static final int LONGEST_REASON = 500;

	private LoanFormChecks() {
	}

	static Won amount(LoanForm form, Errors errors) {
		try {
			return WonInput.parse(form.getAmountWon());
		}
		catch (InvalidAmountException invalid) {
			errors.rejectValue("amountWon", invalid.messageKey());
			return null;
		}
	}

	static LocalDate date(LoanForm form, Errors errors) {
		String text = form.getDisbursedOn() == null ? "" : form.getDisbursedOn().strip();
		if (text.isEmpty()) {
			errors.rejectValue("disbursedOn", "loan.form.error.required");
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException notADate) {
			errors.rejectValue("disbursedOn", "loan.form.error.date");
			return null;
		}
	}

	static String reference(LoanForm form, Errors errors) {
		return text(form.getReference(), "reference", LONGEST_REFERENCE, false, errors);
	}

	static String reason(LoanForm form, Errors errors) {
		return text(form.getReason(), "reason", LONGEST_REASON, true, errors);
	}

	private static String text(String typed, String field, int longest, boolean lines, Errors errors) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			errors.rejectValue(field, "loan.form.error.required");
			return null;
		}
		if (text.length() > longest) {
			errors.rejectValue(field, "loan.form.error.tooLong", new Object[] { longest, text.length() }, null);
			return null;
		}
		if (text.chars()
			.anyMatch(character -> Character.isISOControl(character)
					&& !(lines && (character == '\n' || character == '\r' || character == '\t')))) {
			errors.rejectValue(field, "loan.form.error.control");
			return null;
		}
		return text;
	}

}
