package kr.sangsaeng.shared;

import java.util.regex.Pattern;

/**
 * A Korean business registration number (사업자등록번호): ten digits, written {@code XXX-XX-XXXXX}, the last of
 * which is a check digit. The first three digits name the tax office that issued it and the next two the kind of
 * business; no tax office has the code {@code 000} and no kind the code {@code 00}, so such numbers are refused
 * even when their check digit matches.
 */
public record BusinessRegistrationNumber(String digits) {

	private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");

	private static final Pattern WRITTEN = Pattern.compile("[0-9]{3}-[0-9]{2}-[0-9]{5}");

	private static final int[] WEIGHTS = { 1, 3, 7, 1, 3, 7, 1, 3, 5 };

	public BusinessRegistrationNumber {
		if (digits == null || !TEN_DIGITS.matcher(digits).matches()) {
			throw new InvalidBusinessRegistrationNumberException(InvalidBusinessRegistrationNumberException.Reason.FORMAT);
		}
		if (checkDigit(digits) != digits.charAt(9) - '0') {
			throw new InvalidBusinessRegistrationNumberException(InvalidBusinessRegistrationNumberException.Reason.CHECKSUM);
		}
		if (digits.startsWith("000") || digits.startsWith("00", 3)) {
			throw new InvalidBusinessRegistrationNumberException(InvalidBusinessRegistrationNumberException.Reason.NOT_ISSUED);
		}
	}

	/**
	 * Reads {@code 123-45-67890} or {@code 1234567890}; surrounding blanks are ignored.
	 */
	public static BusinessRegistrationNumber parse(String text) {
		String candidate = text == null ? "" : text.strip();
		if (WRITTEN.matcher(candidate).matches()) {
			candidate = candidate.replace("-", "");
		}
		return new BusinessRegistrationNumber(candidate);
	}

	public static boolean isValid(String text) {
		try {
			parse(text);
			return true;
		}
		catch (InvalidBusinessRegistrationNumberException invalid) {
			return false;
		}
	}

	static int checkDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (digits.charAt(i) - '0') * WEIGHTS[i];
		}
		sum += ((digits.charAt(8) - '0') * 5) / 10;
		return (10 - sum % 10) % 10;
	}

	/**
	 * The number as it is written: {@code 123-45-67890}.
	 */
	public String formatted() {
		return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
	}

	@Override
	public String toString() {
		return formatted();
	}

}
