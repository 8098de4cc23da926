package kr.sangsaeng.shared;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The code of a guarantee agency, e.g. {@code KODIT}, {@code KIBO} or {@code K-SURE}, as the organisation is
 * registered.
 */
public record AgencyCode(String value) implements Serializable {

	private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_-]{1,39}");

	public AgencyCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("An agency code has 2 to 40 capital letters, digits, hyphens or underscores");
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
