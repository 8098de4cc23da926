package kr.sangsaeng.shared;

/**
 * A business registration number that is not ten digits, or whose check digit does not match.
 */
public class InvalidBusinessRegistrationNumberException extends IllegalArgumentException {

	private final boolean checksumMismatch;

	InvalidBusinessRegistrationNumberException(boolean checksumMismatch) {
		super(checksumMismatch ? "The check digit of the business registration number does not match."
				: "A business registration number has ten digits, written 123-45-67890.");
		this.checksumMismatch = checksumMismatch;
	}

	public String messageKey() {
		return checksumMismatch ? "brn.invalid.checksum" : "brn.invalid.format";
	}

}
