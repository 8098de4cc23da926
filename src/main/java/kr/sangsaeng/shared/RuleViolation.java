package kr.sangsaeng.shared;

/**
 * Something the rules do not allow. {@link #messageKey()} and {@link #arguments()} explain it to the user;
 * {@link #field()} names the value at fault when there is one, so that a form can show the message next to it.
 * Each module's rules raise a subclass of their own.
 */
public class RuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public RuleViolation(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	/**
	 * A rule about one value, reported next to the field {@code field} (none when {@code null}).
	 */
	protected RuleViolation(String field, String messageKey, Object[] arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments == null ? new Object[0] : arguments;
	}

	/**
	 * The form field the rule is about, or {@code null} when it concerns the whole action.
	 */
	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
