package kr.sangsaeng.system;

import kr.sangsaeng.shared.RuleViolation;

import org.springframework.validation.Errors;

/**
 * Shows what the rules refused on the form that asked for it: next to the field the rule is about, or above the
 * form when it concerns the whole action.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(Errors errors, RuleViolation violation) {
		reject(errors, violation.field(), violation);
	}

	/**
	 * Shows the violation next to {@code field}, the form's name for the value the rule is about, whatever name
	 * the rule gives it; above the form when {@code field} is {@code null}.
	 */
	public static void reject(Errors errors, String field, RuleViolation violation) {
		if (field == null) {
			errors.reject(violation.messageKey(), violation.arguments(), null);
		}
		else {
			errors.rejectValue(field, violation.messageKey(), violation.arguments(), null);
		}
	}

}
