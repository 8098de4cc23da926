package kr.sangsaeng.review;

/**
 * A review action the rules do not allow; {@link #messageKey()} explains it to the reviewer.
 */
public class ReviewRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public ReviewRuleException(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	private ReviewRuleException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/**
	 * A rule about one value the reviewer entered, reported next to that field.
	 */
	public static ReviewRuleException onField(String field, String messageKey, Object... arguments) {
		return new ReviewRuleException(field, messageKey, arguments);
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
