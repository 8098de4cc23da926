package kr.sangsaeng.disbursement;

/**
 * Something the rules of a loan do not allow; {@link #messageKey()} explains it, {@link #field()} names the value
 * at fault when there is one.
 */
public class LoanRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public LoanRuleException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

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
