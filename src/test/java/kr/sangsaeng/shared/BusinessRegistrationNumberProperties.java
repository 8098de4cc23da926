package kr.sangsaeng.shared;

import java.text.Normalizer;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of business registration numbers over generated numbers: the check digit (weights 1 3 7 1 3 7 1 3 5,
 * plus the tens of five times the ninth digit) catches every mistyped digit and most swapped neighbours, and only
 * the two written forms are read.
 */
class BusinessRegistrationNumberProperties {

	private static final int[] WEIGHTS = { 1, 3, 7, 1, 3, 7, 1, 3, 5 };

	@Provide
	Arbitrary<String> validNumbers() {
		return nineDigits().map(nine -> nine + checkDigit(nine));
	}

	@Property
	void exactlyOneCheckDigitCompletesNineDigits(@ForAll("nineDigits") String nine) {
		assertThat(IntStream.range(0, 10).filter(check -> BusinessRegistrationNumber.isValid(nine + check)).count())
			.isEqualTo(1);
	}

	@Provide
	Arbitrary<String> nineDigits() {
		return Arbitraries.strings().numeric().ofLength(9).filter(BusinessRegistrationNumberProperties::issued);
	}

	@Property
	void everyValidNumberIsReadInBothWrittenFormsAndWrittenBackTheSameWay(@ForAll("validNumbers") String digits) {
		BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(digits);
		String written = digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
		assertThat(number.digits()).isEqualTo(digits);
		assertThat(number.formatted()).isEqualTo(written);
		assertThat(BusinessRegistrationNumber.parse(written)).isEqualTo(number);
		assertThat(BusinessRegistrationNumber.parse("  " + written + "\t")).isEqualTo(number);
	}

	@Property
	void everyMistypedDigitIsRefused(@ForAll("validNumbers") String digits, @ForAll @IntRange(max = 9) int position,
			@ForAll @IntRange(min = 1, max = 9) int shift) {
		char[] mistyped = digits.toCharArray();
		mistyped[position] = (char) ('0' + (mistyped[position] - '0' + shift) % 10);
		assertThat(BusinessRegistrationNumber.isValid(new String(mistyped))).isFalse();
	}

	@Property
	void swappedNeighboursAreRefusedUnlessTheyDifferByFive(@ForAll("validNumbers") String digits,
			@ForAll @IntRange(max = 6) int position) {
		int left = digits.charAt(position) - '0';
		int right = digits.charAt(position + 1) - '0';
		Assume.that(left != right && Math.abs(left - right) != 5);
		char[] swapped = digits.toCharArray();
		swapped[position] = digits.charAt(position + 1);
		swapped[position + 1] = digits.charAt(position);
		assertThat(BusinessRegistrationNumber.isValid(new String(swapped))).isFalse();
	}

	@Property
	void aSwapIsAcceptedExactlyWhenTheCheckDigitStillHolds(@ForAll("validNumbers") String digits,
			@ForAll @IntRange(max = 8) int position) {
		char[] swapped = digits.toCharArray();
		swapped[position] = digits.charAt(position + 1);
		swapped[position + 1] = digits.charAt(position);
		String result = new String(swapped);
		assertThat(BusinessRegistrationNumber.isValid(result))
			.isEqualTo(checkDigit(result.substring(0, 9)) == result.charAt(9) - '0');
	}

	@Property
	void fullWidthDigitsAndOtherDashesAreNotReadButNormaliseToTheNumber(@ForAll("validNumbers") String digits,
			@ForAll("dashes") String dash) {
		String fullWidth = digits.chars()
			.map(digit -> digit - '0' + '０')
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		String otherDashes = digits.substring(0, 3) + dash + digits.substring(3, 5) + dash + digits.substring(5);
		assertThat(BusinessRegistrationNumber.isValid(fullWidth)).isFalse();
		assertThat(BusinessRegistrationNumber.isValid(otherDashes)).isFalse();
		// forms read digits typed on a Korean keyboard's full-width mode after NFKC normalisation
		assertThat(BusinessRegistrationNumber.parse(Normalizer.normalize(fullWidth, Normalizer.Form.NFKC)).digits())
			.isEqualTo(digits);
	}

	@Provide
	Arbitrary<String> dashes() {
		return Arbitraries.of("–", "—", "‐", "－", " ", ".", "/", "--");
	}

	@Property
	void dashesInOtherPlacesAreRefused(@ForAll("validNumbers") String digits, @ForAll @IntRange(min = 1, max = 9) int first,
			@ForAll @IntRange(min = 1, max = 9) int second) {
		Assume.that(first < second && !(first == 3 && second == 5));
		String written = digits.substring(0, first) + "-" + digits.substring(first, second) + "-"
				+ digits.substring(second);
		assertThat(BusinessRegistrationNumber.isValid(written)).isFalse();
	}

	/** Whether a tax office could have issued numbers starting so: no office has the code 000, no kind the code 00. */
	static boolean issued(String digits) {
		return !digits.startsWith("000") && !digits.startsWith("00", 3);
	}

	@Property
	void numbersNoTaxOfficeIssuesAreRefusedWhateverTheirCheckDigit(@ForAll("nineDigits") String nine,
			@ForAll @IntRange(max = 1) int which) {
		String unissued = which == 0 ? "000" + nine.substring(3) : nine.substring(0, 3) + "00" + nine.substring(5);
		String completed = unissued + checkDigit(unissued);
		assertThat(BusinessRegistrationNumber.isValid(completed)).isFalse();
	}

	/** The check digit as the National Tax Service defines it, computed independently of the class under test. */
	private static int checkDigit(String nine) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (nine.charAt(i) - '0') * WEIGHTS[i];
		}
		sum += (nine.charAt(8) - '0') * 5 / 10;
		return (10 - sum % 10) % 10;
	}

}
