package kr.sangsaeng.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import kr.sangsaeng.shared.InvalidAmountException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WonInputTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "5억|500000000", "5억 원|500000000", "5억원|500000000",
			"5억 2천만|520000000", "5억2천만원|520000000", "5억 2,000만 원|520000000", "3,000만|30000000",
			"3000만 원|30000000", "1조 3,000억|1300000000000", "1조 3,000억 원|1300000000000",
			"₩1조 3000억|1300000000000", "500,000,000|500000000", "500000000|500000000", "500,000,000원|500000000",
			"2천5백만|25000000", "2.5억|250000000", "1.5조|1500000000000", "1억 5천만 원|150000000", "만 원|10000",
			"1만 5천|15000", "1만 5,000원|15000", "3만 2000|32000", "12억 3,456만 7,890원|1234567890",
			"5천|5000", "5천 원|5000", "  ５억  |500000000", "￦500,000|500000", "0|0", "250000000.00|250000000",
			"9,223,372,036,854,775,807|9223372036854775807", "922경 3,372조 368억 5,477만 5,807원|9223372036854775807" })
	void readsAmountsInFiguresAndInKoreanUnits(String typed, long won) {
		assertThat(WonInput.parse(typed)).isEqualTo(Won.of(won));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "5억 2천|AMBIGUOUS", "5억 2000|AMBIGUOUS", "1조 300|AMBIGUOUS",
			"1.5|FRACTIONAL", "0.01|FRACTIONAL", "1.23456789만|FRACTIONAL", "1000.5원|FRACTIONAL",
			"-5억|NEGATIVE", "-1,000|NEGATIVE", "억억|NOT_A_NUMBER", "5만 3억|NOT_A_NUMBER", "5억 1억|NOT_A_NUMBER",
			"5억 15,000만|NOT_A_NUMBER", "1만 15000|NOT_A_NUMBER", "15천|NOT_A_NUMBER", "5백 2천|NOT_A_NUMBER",
			"0억|NOT_A_NUMBER", "abc|NOT_A_NUMBER", "5 억 abc|NOT_A_NUMBER", "1e9|NOT_A_NUMBER",
			"1,30,000|NOT_A_NUMBER", "12 345|NOT_A_NUMBER", "500 000 000|NOT_A_NUMBER", "+100|NOT_A_NUMBER",
			"0x10|NOT_A_NUMBER", "1.2.3|NOT_A_NUMBER", "5억 만|NOT_A_NUMBER", "5억,|NOT_A_NUMBER",
			"오억|NOT_A_NUMBER", "5 million|NOT_A_NUMBER", "١٢٣|NOT_A_NUMBER", "5억<script>|NOT_A_NUMBER",
			"5경 3해|NOT_A_NUMBER", "원|EMPTY", "₩|EMPTY", "9223372036854775808|TOO_LARGE",
			"99999999999999999999999|TOO_LARGE", "923경|TOO_LARGE", "9999999999999999조|TOO_LARGE",
			"922경 3372조 368억 5477만 5808|TOO_LARGE" })
	void refusesWhatIsNoWholeAmountWithItsReason(String typed, Reason reason) {
		assertThatThrownBy(() -> WonInput.parse(typed)).isInstanceOfSatisfying(InvalidAmountException.class,
				invalid -> assertThat(invalid.reason()).isEqualTo(reason));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\t\n" })
	void refusesEmptyInput(String typed) {
		assertThatThrownBy(() -> WonInput.parse(typed)).isInstanceOfSatisfying(InvalidAmountException.class,
				invalid -> assertThat(invalid.messageKey()).isEqualTo("won.invalid.empty"));
		assertThatThrownBy(() -> WonInput.parse(null)).isInstanceOf(InvalidAmountException.class);
	}

	@Test
	void refusesHostileInputQuicklyAndWithoutOverflowing() {
		String manyUnits = "1억".repeat(10_000);
		String manyDigits = "9".repeat(100_000);
		String nested = "1조 ".repeat(50) + "1억";
		long started = System.nanoTime();
		for (String hostile : new String[] { manyUnits, manyDigits, nested, "1" + "\u0000" + "억",
				"5억\u202E2천만", "1".repeat(39) + "억" }) {
			assertThatThrownBy(() -> WonInput.parse(hostile)).isInstanceOf(InvalidAmountException.class);
		}
		assertThat(System.nanoTime() - started).isLessThan(1_000_000_000L);
	}

	@Test
	void readsBackWhatTheAmountIsPrintedAs() {
		for (long won : new long[] { 1_300_000_000_000L, 15_000_000_000L, 250_000_000L, 30_000_000L, 1_234_567_890L,
				9_500L, 10_000L, 100_000_000L, Long.MAX_VALUE }) {
			Won amount = Won.of(won);
			assertThat(WonInput.parse(amount.inWords(Locale.KOREAN))).isEqualTo(amount);
			assertThat(WonInput.parse(amount.inFigures(Locale.KOREAN))).isEqualTo(amount);
			assertThat(WonInput.parse(amount.inFigures(Locale.ENGLISH))).isEqualTo(amount);
		}
	}

	@Test
	void ambiguityIsExplainedInItsOwnMessage() {
		assertThatThrownBy(() -> WonInput.parse("5억 2천")).isInstanceOfSatisfying(InvalidAmountException.class,
				invalid -> assertThat(invalid.messageKey()).isEqualTo("won.invalid.ambiguous"));
	}

}
