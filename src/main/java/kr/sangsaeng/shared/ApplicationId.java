package kr.sangsaeng.shared;

/**
 * Identifies a guarantee-loan application across modules: the applications module owns applications, while
 * review, disbursement and the capacity ledger refer to them by this id.
 */
public record ApplicationId(long value) {

	public ApplicationId {
		if (value <= 0) {
			throw new IllegalArgumentException("An application id is positive");
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
