package kr.sangsaeng.applications;

import kr.sangsaeng.shared.RuleViolation;

/**
 * Something an application's rules do not allow; {@link #messageKey()} explains it to the user.
 */
public class ApplicationRuleException extends RuleViolation {

	public ApplicationRuleException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	/**
	 * A rule about one value of the application, reported next to that field.
	 */
	public static ApplicationRuleException onField(String field, String messageKey, Object... arguments) {
		return new ApplicationRuleException(field, messageKey, arguments);
	}

	private ApplicationRuleException(String field, String messageKey, Object[] arguments) {
		super(field, messageKey, arguments);
	}

}
