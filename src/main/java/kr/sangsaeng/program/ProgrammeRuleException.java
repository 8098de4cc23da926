package kr.sangsaeng.program;

/**
 * A change to a programme that its rules do not allow; {@link #messageKey()} explains why to the user.
 */
public class ProgrammeRuleException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public ProgrammeRuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
