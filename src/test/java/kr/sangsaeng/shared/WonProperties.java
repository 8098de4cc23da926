package kr.sangsaeng.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Negative;

import kr.sangsaeng.shared.InvalidAmountException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Properties of amounts of won over generated amounts, from zero to the largest that fits.
 */
class WonProperties {

	private static final Pattern KOREAN_GROUP = Pattern.compile("([0-9,]+)([경조억만]?)");

	@Provide
	Arbitrary<Long> amounts() {
		return Arbitraries.oneOf(Arbitraries.longs().between(0, Long.MAX_VALUE),
				Arbitraries.longs().between(0, 10_000_000_000_000L),
				Arbitraries.of(0L, 1L, 9_999L, 10_000L, 100_000_000L, 1_300_000_000_000L, Long.MAX_VALUE));
	}

	@Property
	void anAmountWrittenInFiguresInEitherLanguageReadsBackAsTheSameAmount(@ForAll("amounts") long value) {
		Won amount = Won.of(value);
		assertThat(Won.parse(amount.inFigures(Locale.KOREAN))).isEqualTo(amount);
		assertThat(Won.parse(amount.inFigures(Locale.ENGLISH))).isEqualTo(amount);
		assertThat(Won.parse(Long.toString(value))).isEqualTo(amount);
		assertThat(Won.parse(" ₩ " + NumberFormat.getIntegerInstance(Locale.ROOT).format(value) + " 원 "))
			.isEqualTo(amount);
		assertThat(Won.parse(value + ".000")).isEqualTo(amount);
	}

	@Property
	void koreanWordsSayExactlyTheAmount(@ForAll("amounts") long value) {
		String words = Won.of(value).inWords(Locale.KOREAN);
		assertThat(words).endsWith("원");
		assertThat(readKoreanWords(words)).isEqualTo(BigInteger.valueOf(value));
	}

	@Property
	void englishWordsRoundToAThousandthOfTheirUnit(@ForAll("amounts") long value) {
		String words = Won.of(value).inWords(Locale.ENGLISH);
		assertThat(words).startsWith("₩");
		String[] parts = words.substring(1).split(" ");
		BigDecimal number = new BigDecimal(parts[0].replace(",", ""));
		BigDecimal unit = parts.length == 1 ? BigDecimal.ONE : switch (parts[1]) {
			case "million" -> BigDecimal.valueOf(1_000_000L);
			case "billion" -> BigDecimal.valueOf(1_000_000_000L);
			case "trillion" -> BigDecimal.valueOf(1_000_000_000_000L);
			default -> throw new AssertionError("an unknown unit in " + words);
		};
		BigDecimal error = number.multiply(unit).subtract(BigDecimal.valueOf(value)).abs();
		assertThat(error).as(words).isLessThanOrEqualTo(unit.multiply(new BigDecimal("0.0005")));
		if (parts.length == 2 && !parts[1].equals("trillion")) {
			assertThat(number).as("a smaller unit says less than a thousand of it: " + words)
				.isLessThan(BigDecimal.valueOf(1000));
		}
	}

	@Property
	void wordsAreForReadingNotForTyping(@ForAll @LongRange(min = 10_000) long value) {
		assertThatThrownBy(() -> Won.parse(Won.of(value).inWords(Locale.KOREAN)))
			.isInstanceOf(InvalidAmountException.class);
	}

	@Property
	void sumsAreExactOrRefusedNeverWrappedAround(@ForAll("amounts") long a, @ForAll("amounts") long b) {
		BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
		if (exact.bitLength() < 64) {
			assertThat(Won.of(a).plus(Won.of(b)).value()).isEqualTo(exact.longValueExact());
		}
		else {
			InvalidAmountException refused = catchThrowableOfType(InvalidAmountException.class,
					() -> Won.of(a).plus(Won.of(b)));
			assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
		}
	}

	@Property
	void aDifferenceIsNeverNegative(@ForAll("amounts") long a, @ForAll("amounts") long b) {
		if (a >= b) {
			assertThat(Won.of(a).minus(Won.of(b)).value()).isEqualTo(a - b);
			assertThat(Won.of(a).minusOrZero(Won.of(b)).value()).isEqualTo(a - b);
		}
		else {
			InvalidAmountException refused = catchThrowableOfType(InvalidAmountException.class,
					() -> Won.of(a).minus(Won.of(b)));
			assertThat(refused.reason()).isEqualTo(Reason.NEGATIVE);
			assertThat(Won.of(a).minusOrZero(Won.of(b))).isEqualTo(Won.ZERO);
		}
	}

	@Property
	void negativeAmountsAreRefusedHoweverTheyArrive(@ForAll @Negative long value) {
		assertThat(catchThrowableOfType(InvalidAmountException.class, () -> Won.of(value)).reason())
			.isEqualTo(Reason.NEGATIVE);
		assertThat(catchThrowableOfType(InvalidAmountException.class, () -> Won.parse(Long.toString(value))).reason())
			.isIn(Reason.NEGATIVE);
	}

	@Property
	void digitsBeyondTheLargestAmountAreTooLargeNotWrapped(@ForAll @LongRange(min = 0, max = 1_000_000) long extra) {
		BigInteger tooLarge = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.valueOf(extra + 1));
		assertThat(catchThrowableOfType(InvalidAmountException.class, () -> Won.parse(tooLarge.toString())).reason())
			.isEqualTo(Reason.TOO_LARGE);
	}

	@Property
	void fullWidthDigitsExponentsAndFractionsAreNotAmounts(@ForAll @LongRange(min = 1, max = 1_000_000_000) long value) {
		String fullWidth = Long.toString(value).chars()
			.map(digit -> digit - '0' + '０')
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		assertThatThrownBy(() -> Won.parse(fullWidth)).isInstanceOf(InvalidAmountException.class);
		assertThatThrownBy(() -> Won.parse(value + "e3")).isInstanceOf(InvalidAmountException.class);
		assertThat(catchThrowableOfType(InvalidAmountException.class, () -> Won.parse(value + ".5")).reason())
			.isEqualTo(Reason.FRACTIONAL);
	}

	/** Reads {@code 1조 3,000억 원} as the sum of its groups, each times its unit. */
	private static BigInteger readKoreanWords(String words) {
		BigInteger total = BigInteger.ZERO;
		Matcher group = KOREAN_GROUP.matcher(words.replace("원", "").replace(" ", ""));
		while (group.find()) {
			BigInteger count = new BigInteger(group.group(1).replace(",", ""));
			BigInteger unit = switch (group.group(2)) {
				case "경" -> BigInteger.TEN.pow(16);
				case "조" -> BigInteger.TEN.pow(12);
				case "억" -> BigInteger.TEN.pow(8);
				case "만" -> BigInteger.TEN.pow(4);
				default -> BigInteger.ONE;
			};
			total = total.add(count.multiply(unit));
		}
		return total;
	}

}
