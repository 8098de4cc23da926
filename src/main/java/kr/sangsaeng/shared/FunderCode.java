package kr.sangsaeng.shared;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The code of a funding institution, e.g. {@code HYUNDAI}, {@code POSCO} or {@code KB}. The organisation its staff
 * sign in for is registered as {@code FUNDER-} followed by this code.
 */
public record FunderCode(String value) implements Serializable {

	public static final String ORGANISATION_PREFIX = "FUNDER-";

	private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_-]{1,15}");

	public FunderCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("A funder code has 2 to 16 capital letters, digits, hyphens or underscores");
		}
	}

	public static boolean isWellFormed(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	/**
	 * The funder an organisation code such as {@code FUNDER-HYUNDAI} stands for.
	 */
	public static FunderCode ofOrganisation(String organisationCode) {
		if (organisationCode == null || !organisationCode.startsWith(ORGANISATION_PREFIX)) {
			throw new IllegalArgumentException(organisationCode + " is not a funder's organisation");
		}
		return new FunderCode(organisationCode.substring(ORGANISATION_PREFIX.length()));
	}

	public String organisationCode() {
		return ORGANISATION_PREFIX + value;
	}

	@Override
	public String toString() {
		return value;
	}

}
