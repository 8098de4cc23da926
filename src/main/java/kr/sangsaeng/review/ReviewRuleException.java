package kr.sangsaeng.review;

import kr.sangsaeng.shared.RuleViolation;

/**
 * A review action the rules do not allow; {@link #messageKey()} explains it to the reviewer.
 */
public class ReviewRuleException extends RuleViolation {

	public ReviewRuleException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	private ReviewRuleException(String field, String messageKey, Object[] arguments) {
		super(field, messageKey, arguments);
	}

	/**
	 * A rule about one value the reviewer entered, reported next to that field.
	 */
	public static ReviewRuleException onField(String field, String messageKey, Object... arguments) {
		return new ReviewRuleException(field, messageKey, arguments);
	}

}
