package kr.sangsaeng.company;

import kr.sangsaeng.shared.BusinessRegistrationNumber;

/**
 * Valid business registration numbers for tests, in ranges of their own: every test class takes a prefix that demo
 * data (tax offices 101 to 621) and other test classes do not use, so that tests sharing the database never meet.
 */
public final class TestNumbers {

	private TestNumbers() {
	}

	/**
	 * The valid number that starts with {@code prefix} followed by {@code serial}, padded to nine digits.
	 */
	public static BusinessRegistrationNumber number(String prefix, long serial) {
		String firstNine = prefix + String.format("%0" + (9 - prefix.length()) + "d", serial);
		if (firstNine.startsWith("00", 3)) {
			// no tax office issues the kind code 00: small serials take 50 there, which no test's serials reach
			firstNine = firstNine.substring(0, 3) + "50" + firstNine.substring(5);
		}
		for (int check = 0; check <= 9; check++) {
			if (BusinessRegistrationNumber.isValid(firstNine + check)) {
				return BusinessRegistrationNumber.parse(firstNine + check);
			}
		}
		throw new IllegalStateException(firstNine);
	}

	/**
	 * The same number with a wrong check digit.
	 */
	public static String withWrongCheckDigit(BusinessRegistrationNumber number) {
		String digits = number.digits();
		int wrong = (digits.charAt(9) - '0' + 1) % 10;
		return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5, 9) + wrong;
	}

}
