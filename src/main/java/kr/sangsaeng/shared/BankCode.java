package kr.sangsaeng.shared;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The code of a lending bank, e.g. {@code WOORI}, {@code KB} or {@code IBK}, as the organisation is
 * registered.
 */
public record BankCode(String value) implements Serializable {

	private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_-]{1,39}");

	public BankCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("A bank code has 2 to 40 capital letters, digits, hyphens or underscores");
		}
	}

	public static boolean isWellFormed(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return value;
	}

}
