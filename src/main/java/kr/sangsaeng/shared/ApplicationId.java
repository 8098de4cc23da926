package kr.sangsaeng.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identifies a guarantee-loan application across modules: the applications module owns applications, while
 * review, disbursement and the capacity ledger refer to them by this id.
 */
public record ApplicationId(long value) {

	private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

	public ApplicationId {
		if (value <= 0) {
			throw new IllegalArgumentException("An application id is positive");
		}
	}

	/**
	 * The application id written as {@code text} (as in an address), if it is one.
	 */
	public static Optional<ApplicationId> parse(String text) {
		if (text == null || !DIGITS.matcher(text).matches()) {
			return Optional.empty();
		}
		long value = Long.parseLong(text);
		return value > 0 ? Optional.of(new ApplicationId(value)) : Optional.empty();
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
