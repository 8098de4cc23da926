package kr.sangsaeng.shared;

/**
 * An amount of won that cannot be accepted. {@link #messageKey()} names the user-facing message.
 */
public class InvalidAmountException extends IllegalArgumentException {

	public enum Reason {

		EMPTY("Enter an amount in whole won."),
		NOT_A_NUMBER("Write an amount in figures or in Korean units, such as 500,000,000 or 5억 2천만."),
		AMBIGUOUS("A remainder after 억 or 조 without 만 may mean won or 만 won."),
		FRACTIONAL("Amounts are whole won: remove the decimal part."),
		NEGATIVE("An amount cannot be negative."),
		TOO_LARGE("The amount is too large.");

		private final String explanation;

		Reason(String explanation) {
			this.explanation = explanation;
		}

	}

	private final Reason reason;

	public InvalidAmountException(Reason reason) {
		super(reason.explanation);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return "won.invalid." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
