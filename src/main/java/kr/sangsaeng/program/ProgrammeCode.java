package kr.sangsaeng.program;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The code that identifies a programme everywhere, e.g. {@code HMG-KB-WOORI}.
 */
public record ProgrammeCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

	public ProgrammeCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("A programme code has 2 to 32 capital letters, digits and hyphens");
		}
	}

	public static boolean isWellFormed(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	/**
	 * The one of {@code offered} that {@code typed} names, or {@code null} when it names none of them.
	 */
	public static ProgrammeCode chosenAmong(Collection<ProgrammeCode> offered, String typed) {
		ProgrammeCode chosen = isWellFormed(typed) ? new ProgrammeCode(typed) : null;
		return offered.contains(chosen) ? chosen : null;
	}

	@Override
	public String toString() {
		return value;
	}

}
