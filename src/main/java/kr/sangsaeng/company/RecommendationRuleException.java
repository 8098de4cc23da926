package kr.sangsaeng.company;

import kr.sangsaeng.shared.RuleViolation;

/**
 * A recommendation the rules do not allow, with the form field at fault where there is one.
 */
public class RecommendationRuleException extends RuleViolation {

	RecommendationRuleException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
