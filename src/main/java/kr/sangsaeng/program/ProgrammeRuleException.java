package kr.sangsaeng.program;

import kr.sangsaeng.shared.RuleViolation;

/**
 * A change to a programme that its rules do not allow; {@link #messageKey()} explains why to the user.
 */
public class ProgrammeRuleException extends RuleViolation {

	public ProgrammeRuleException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	/**
	 * A rule about one value the administrator entered, reported next to that field.
	 */
	public static ProgrammeRuleException onField(String field, String messageKey, Object... arguments) {
		return new ProgrammeRuleException(field, messageKey, arguments);
	}

	private ProgrammeRuleException(String field, String messageKey, Object[] arguments) {
		super(field, messageKey, arguments);
	}

}
