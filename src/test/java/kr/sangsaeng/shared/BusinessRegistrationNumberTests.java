package kr.sangsaeng.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessRegistrationNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "124-81-00998", "120-81-47521", "314-86-05193", "3148605193", " 220-87-01002 ", "1018101015" })
	void acceptsNumbersWhoseCheckDigitMatches(String typed) {
		assertThat(BusinessRegistrationNumber.isValid(typed)).isTrue();
	}

	@Test
	void isWrittenWithHyphens() {
		assertThat(BusinessRegistrationNumber.parse("3148605193").formatted()).isEqualTo("314-86-05193");
		assertThat(BusinessRegistrationNumber.parse("314-86-05193").digits()).isEqualTo("3148605193");
	}

	@ParameterizedTest
	@ValueSource(strings = { "314-86-05194", "124-81-00999", "120-81-47520", "1208147522" })
	void refusesAWrongCheckDigit(String typed) {
		assertThatThrownBy(() -> BusinessRegistrationNumber.parse(typed))
			.isInstanceOfSatisfying(InvalidBusinessRegistrationNumberException.class,
					invalid -> assertThat(invalid.messageKey()).isEqualTo("brn.invalid.checksum"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "314-86-0519", "31486051933", "314 86 05193", "３１４８６０５１９３", "314-8605193",
			"abcdefghij" })
	void refusesWhatIsNotTenDigits(String typed) {
		assertThatThrownBy(() -> BusinessRegistrationNumber.parse(typed))
			.isInstanceOfSatisfying(InvalidBusinessRegistrationNumberException.class,
					invalid -> assertThat(invalid.messageKey()).isEqualTo("brn.invalid.format"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "000-00-00000", "0000000000", "000-81-00009", "124-00-00999", "314-00-05199" })
	void refusesNumbersNoTaxOfficeIssuesThoughTheirCheckDigitMatches(String typed) {
		String digits = typed.replace("-", "");
		assertThat(BusinessRegistrationNumber.checkDigit(digits)).as("check digit of %s", typed)
			.isEqualTo(digits.charAt(9) - '0');
		assertThatThrownBy(() -> BusinessRegistrationNumber.parse(typed))
			.isInstanceOfSatisfying(InvalidBusinessRegistrationNumberException.class,
					invalid -> assertThat(invalid.messageKey()).isEqualTo("brn.invalid.notIssued"));
	}

	@Test
	void theNinthDigitCountsTwice() {
		// 101-81-0101x: weighted sum 25, plus floor(1*5/10) = 0, gives 5.
		// 101-81-0105x: weighted sum 45, plus floor(5*5/10) = 2, gives 3 (without the extra term it would be 5).
		assertThat(BusinessRegistrationNumber.checkDigit("1018101010")).isEqualTo(5);
		assertThat(BusinessRegistrationNumber.checkDigit("1018101050")).isEqualTo(3);
	}

}
