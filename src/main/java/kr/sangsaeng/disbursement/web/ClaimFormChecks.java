package kr.sangsaeng.disbursement.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import kr.sangsaeng.disbursement.Claims;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.shared.WonInput;

import org.springframework.validation.Errors;

/**
 * Reads the fields of a {@link ClaimForm}, rejecting what is missing or malformed next to its field. What the loan
 * and the claim allow is for the claims service to say.
 */
final class ClaimFormChecks {

	private ClaimFormChecks() {
	}

	static Won amount(String typed, String field, Errors errors) {
		try {
			Won amount = WonInput.parse(typed);
			if (amount.isZero()) {
				errors.rejectValue(field, "loan.rule.zeroAmount");
				return null;
			}
			return amount;
		}
		catch (InvalidAmountException invalid) {
			errors.rejectValue(field, invalid.messageKey());
			return null;
		}
	}

	static LocalDate date(String typed, String field, Errors errors) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			errors.rejectValue(field, "loan.form.error.required");
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException notADate) {
			errors.rejectValue(field, "loan.form.error.date");
			return null;
		}
	}

	static String reference(ClaimForm form, Errors errors) {
		return text(form.getReference(), "reference", Claims.LONGEST_REFERENCE, true, false, errors);
	}

	/**
	 * A reason of several lines, or {@code null} when none was typed and none is {@code required}.
	 */
	static String reason(String typed, String field, boolean required, Errors errors) {
		return text(typed, field, Claims.LONGEST_REASON, required, true, errors);
	}

	private static String text(String typed, String field, int longest, boolean required, boolean lines,
			Errors errors) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			if (required) {
				errors.rejectValue(field, "loan.form.error.required");
			}
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
