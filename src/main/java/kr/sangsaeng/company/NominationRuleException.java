package kr.sangsaeng.company;

import kr.sangsaeng.shared.RuleViolation;

/**
 * A supplier nomination, or a decision on one, that the rules do not allow, with the form field at fault where there
 * is one.
 */
public class NominationRuleException extends RuleViolation {

	NominationRuleException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
