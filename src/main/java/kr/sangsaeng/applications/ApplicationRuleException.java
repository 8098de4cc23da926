package kr.sangsaeng.applications;

/**
 * Something an application's rules do not allow; {@link #messageKey()} explains it to the user.
 */
public class ApplicationRuleException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public ApplicationRuleException(String messageKey, Object... arguments) {
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
