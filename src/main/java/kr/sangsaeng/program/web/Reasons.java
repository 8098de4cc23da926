package kr.sangsaeng.program.web;

import org.springframework.validation.Errors;

/**
 * The reason an administrator gives for a change that the ledger and the audit trail keep for good: required,
 * and at most {@value #LIMIT} characters.
 */
final class Reasons {

	static final int LIMIT = 1000;

	private Reasons() {
	}

	/**
	 * The reason without surrounding blanks; an error on {@code field} when it is missing or too long.
	 */
	static String check(String reason, String field, String missingKey, Errors errors) {
		String stripped = reason == null ? "" : reason.strip();
		if (stripped.isEmpty()) {
			errors.rejectValue(field, missingKey);
		}
		else if (stripped.codePointCount(0, stripped.length()) > LIMIT) {
			errors.rejectValue(field, "programme.form.error.tooLong", new Object[] { LIMIT }, null);
		}
		return stripped;
	}

	/**
	 * An error on the hidden {@code confirmed} field when the post did not carry the confirmation the page sends,
	 * so that the page asks again instead of showing itself unchanged.
	 */
	static void confirmed(boolean confirmed, Errors errors) {
		if (!confirmed && !errors.hasFieldErrors("confirmed")) {
			errors.rejectValue("confirmed", "form.confirmAgain");
		}
	}

}
