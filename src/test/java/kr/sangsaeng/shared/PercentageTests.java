package kr.sangsaeng.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentageTests {

	@Test
	void isWrittenWithoutTrailingZeros() {
		assertThat(Percentage.of("85.000").plain()).isEqualTo("85");
		assertThat(Percentage.of("0.875").plain()).isEqualTo("0.875");
		assertThat(Percentage.of("100")).hasToString("100%");
	}

	@Test
	void takesItsShareOfAnAmountInWholeWon() {
		assertThat(Percentage.of("85").of(Won.of(1_000_000_001))).isEqualTo(Won.of(850_000_000));
		assertThat(Percentage.of("0.875").of(Won.of(1_000_000))).isEqualTo(Won.of(8_750));
	}

	@ParameterizedTest
	@ValueSource(strings = { "-0.001", "100.001", "1000", "12.3456" })
	void liesBetweenZeroAndAHundredWithAtMostThreeDecimals(String value) {
		assertThatThrownBy(() -> Percentage.of(value)).isInstanceOf(IllegalArgumentException.class);
	}

}
