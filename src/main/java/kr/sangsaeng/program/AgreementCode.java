package kr.sangsaeng.program;

import java.util.regex.Pattern;

/**
 * The code that identifies an agreement (협약) of a programme everywhere, e.g. {@code HMG-KB-WOORI-KIBO}: the
 * programme's code and the agency's.
 */
public record AgreementCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,47}");

	public AgreementCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("An agreement code has 2 to 48 capital letters, digits and hyphens");
		}
	}

	public static boolean isWellFormed(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	/**
	 * The code of the agreement of {@code agency} in {@code programme}.
	 */
	static AgreementCode of(ProgrammeCode programme, String agency) {
		return new AgreementCode(programme.value() + "-" + agency);
	}

	@Override
	public String toString() {
		return value;
	}

}
