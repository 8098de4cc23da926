package kr.sangsaeng.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.sangsaeng.shared.InvalidAmountException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WonTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1,300,000,000,000|1300000000000", "1300000000000|1300000000000",
			"  15,000,000,000 |15000000000", "₩400,000,000,000|400000000000", "30,000,000원|30000000", "0|0",
			"250000000.00|250000000", "9,223,372,036,854,775,807|9223372036854775807" })
	void readsAmountsAsPeopleTypeThem(String typed, long won) {
		assertThat(Won.parse(typed)).isEqualTo(Won.of(won));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "-1|NEGATIVE", "-1,000|NEGATIVE", "1000.5|FRACTIONAL", "0.01|FRACTIONAL",
			"abc|NOT_A_NUMBER", "1e9|NOT_A_NUMBER", "１２３|NOT_A_NUMBER", "1,30,000|NOT_A_NUMBER",
			"12 345|NOT_A_NUMBER", "+100|NOT_A_NUMBER", "0x10|NOT_A_NUMBER", "1.2.3|NOT_A_NUMBER",
			"9223372036854775808|TOO_LARGE", "99999999999999999999999|TOO_LARGE" })
	void refusesWhatIsNotAWholeNonNegativeAmount(String typed, Reason reason) {
		assertThatThrownBy(() -> Won.parse(typed)).isInstanceOfSatisfying(InvalidAmountException.class,
				invalid -> assertThat(invalid.reason()).isEqualTo(reason));
	}

	@Test
	void refusesEmptyInputWithItsOwnMessage() {
		assertThatThrownBy(() -> Won.parse("  ")).isInstanceOfSatisfying(InvalidAmountException.class, invalid -> {
			assertThat(invalid.reason()).isEqualTo(Reason.EMPTY);
			assertThat(invalid.messageKey()).isEqualTo("won.invalid.empty");
			assertThat(invalid.getMessage()).isEqualTo("Enter an amount in whole won.");
		});
		assertThatThrownBy(() -> Won.parse(null)).isInstanceOf(InvalidAmountException.class);
	}

	@Test
	void messageKeysNameTheReason() {
		assertThat(new InvalidAmountException(Reason.NOT_A_NUMBER).messageKey()).isEqualTo("won.invalid.not-a-number");
		assertThat(new InvalidAmountException(Reason.TOO_LARGE).messageKey()).isEqualTo("won.invalid.too-large");
	}

	@Test
	void isNeverNegative() {
		assertThatThrownBy(() -> Won.of(-1)).isInstanceOf(InvalidAmountException.class);
		assertThatThrownBy(() -> Won.of(5).minus(Won.of(6))).isInstanceOf(InvalidAmountException.class);
		assertThat(Won.of(5).minusOrZero(Won.of(6))).isEqualTo(Won.ZERO);
	}

	@Test
	void additionThatWouldOverflowFails() {
		assertThatThrownBy(() -> Won.of(Long.MAX_VALUE).plus(Won.of(1))).isInstanceOfSatisfying(
				InvalidAmountException.class, invalid -> assertThat(invalid.reason()).isEqualTo(Reason.TOO_LARGE));
		assertThat(Won.of(1_300_000_000_000L).plus(Won.of(15_000_000_000L)).plus(Won.of(400_000_000_000L)))
			.isEqualTo(Won.of(1_715_000_000_000L));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1300000000000|1조 3,000억 원", "15000000000|150억 원",
			"400000000000|4,000억 원", "1715000000000|1조 7,150억 원", "250000000|2억 5,000만 원",
			"30000000|3,000만 원", "1234567890|12억 3,456만 7,890원", "9500|9,500원", "0|0원",
			"10000|1만 원", "100000000|1억 원" })
	void readsNaturallyInKorean(long won, String korean) {
		assertThat(Won.of(won).inWords(Locale.KOREAN)).isEqualTo(korean);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1300000000000|₩1.3 trillion", "15000000000|₩15 billion",
			"400000000000|₩400 billion", "1715000000000|₩1.715 trillion", "250000000|₩250 million",
			"1234567890|₩1.235 billion", "999999999999|₩1 trillion", "950000|₩950,000", "0|₩0" })
	void readsNaturallyInEnglish(long won, String english) {
		assertThat(Won.of(won).inWords(Locale.ENGLISH)).isEqualTo(english);
	}

	@Test
	void showsEveryDigitInTables() {
		assertThat(Won.of(1_300_000_000_000L).inFigures(Locale.ENGLISH)).isEqualTo("₩1,300,000,000,000");
		assertThat(Won.of(1_300_000_000_000L).inFigures(Locale.KOREAN)).isEqualTo("1,300,000,000,000원");
	}

	@Test
	void utilisationIsAShareOfTheWhole() {
		assertThat(Won.of(325_000_000_000L).percentOf(Won.of(1_300_000_000_000L))).isEqualByComparingTo("25.0");
		assertThat(Won.of(1).percentOf(Won.ZERO)).isEqualByComparingTo("0");
	}

}
