package kr.sangsaeng.shared;

/**
 * A business registration number that is not ten digits, whose check digit does not match, or that no tax office
 * issues (tax office code {@code 000} or business kind code {@code 00}).
 */
public class InvalidBusinessRegistrationNumberException extends IllegalArgumentException {

	/**
	 * Why the number was refused.
	 */
	public enum Reason {

		FORMAT("brn.invalid.format", "A business registration number has ten digits, written 123-45-67890."),
		CHECKSUM("brn.invalid.checksum", "The check digit of the business registration number does not match."),
		NOT_ISSUED("brn.invalid.notIssued", "No tax office issues business registration numbers with office code 000 or kind code 00.");

		private final String messageKey;

		private final String description;

		Reason(String messageKey, String description) {
			this.messageKey = messageKey;
			this.description = description;
		}

	}

	private final Reason reason;

	InvalidBusinessRegistrationNumberException(Reason reason) {
		super(reason.description);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return reason.messageKey;
	}

}
