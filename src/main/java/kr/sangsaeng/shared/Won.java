package kr.sangsaeng.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import kr.sangsaeng.shared.InvalidAmountException.Reason;

/**
 * An amount of Korean won. Won has no minor unit, so the amount is a whole, non-negative number.
 * Arithmetic never overflows silently: it fails with {@link InvalidAmountException}.
 */
public record Won(long value) implements Comparable<Won>, Serializable {

	public static final Won ZERO = new Won(0);

	private static final Pattern PLAIN_DIGITS = Pattern.compile("[0-9]+");

	private static final Pattern GROUPED_DIGITS = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+");

	private static final long MAN = 10_000L;

	private static final long EOK = 100_000_000L;

	private static final long JO = 1_000_000_000_000L;

	private static final long GYEONG = 10_000_000_000_000_000L;

	public Won {
		if (value < 0) {
			throw new InvalidAmountException(Reason.NEGATIVE);
		}
	}

	public static Won of(long value) {
		return new Won(value);
	}

	/**
	 * Reads an amount as people type it: {@code 1300000000000} or {@code 1,300,000,000,000}, optionally with
	 * a leading {@code ₩} or a trailing {@code 원}.
	 */
	public static Won parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidAmountException(Reason.EMPTY);
		}
		String amount = text.strip();
		if (amount.startsWith("₩")) {
			amount = amount.substring(1).strip();
		}
		if (amount.endsWith("원")) {
			amount = amount.substring(0, amount.length() - 1).strip();
		}
		if (amount.startsWith("-") && amount.length() > 1) {
			throw new InvalidAmountException(Reason.NEGATIVE);
		}
		String integerPart = amount;
		int point = amount.indexOf('.');
		if (point >= 0) {
			integerPart = amount.substring(0, point);
			String fraction = amount.substring(point + 1);
			boolean wellFormed = (PLAIN_DIGITS.matcher(integerPart).matches()
					|| GROUPED_DIGITS.matcher(integerPart).matches()) && PLAIN_DIGITS.matcher(fraction).matches();
			if (!wellFormed) {
				throw new InvalidAmountException(Reason.NOT_A_NUMBER);
			}
			if (!fraction.chars().allMatch(c -> c == '0')) {
				throw new InvalidAmountException(Reason.FRACTIONAL);
			}
		}
		if (!PLAIN_DIGITS.matcher(integerPart).matches() && !GROUPED_DIGITS.matcher(integerPart).matches()) {
			throw new InvalidAmountException(Reason.NOT_A_NUMBER);
		}
		String digits = integerPart.replace(",", "");
		try {
			return new Won(Long.parseLong(digits));
		}
		catch (NumberFormatException tooManyDigits) {
			throw new InvalidAmountException(Reason.TOO_LARGE);
		}
	}

	public Won plus(Won other) {
		try {
			return new Won(Math.addExact(value, other.value));
		}
		catch (ArithmeticException overflow) {
			throw new InvalidAmountException(Reason.TOO_LARGE);
		}
	}

	/**
	 * The difference; fails when {@code other} is larger, as an amount of won is never negative.
	 */
	public Won minus(Won other) {
		return new Won(value - other.value);
	}

	/**
	 * The difference, or zero when {@code other} is larger.
	 */
	public Won minusOrZero(Won other) {
		return value >= other.value ? new Won(value - other.value) : ZERO;
	}

	public boolean isZero() {
		return value == 0;
	}

	public boolean isGreaterThan(Won other) {
		return value > other.value;
	}

	public boolean isLessThan(Won other) {
		return value < other.value;
	}

	/**
	 * This amount as a share of {@code whole}, in percent with one decimal; zero when the whole is zero.
	 */
	public BigDecimal percentOf(Won whole) {
		if (whole.isZero()) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(value)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(whole.value), 1, RoundingMode.HALF_UP);
	}

	@Override
	public int compareTo(Won other) {
		return Long.compare(value, other.value);
	}

	/**
	 * The amount as a reader of {@code locale} says it: {@code 1조 3,000억 원} in Korean (exact),
	 * {@code ₩1.3 trillion} in other languages (rounded to three decimals of the unit).
	 */
	public String inWords(Locale locale) {
		return isKorean(locale) ? inKoreanWords() : inEnglishWords();
	}

	/**
	 * Every digit, grouped by thousands: {@code 1,300,000,000,000원} or {@code ₩1,300,000,000,000}.
	 */
	public String inFigures(Locale locale) {
		String grouped = NumberFormat.getIntegerInstance(Locale.ROOT).format(value);
		return isKorean(locale) ? grouped + "원" : "₩" + grouped;
	}

	String inKoreanWords() {
		if (value == 0) {
			return "0원";
		}
		NumberFormat grouping = NumberFormat.getIntegerInstance(Locale.ROOT);
		StringBuilder words = new StringBuilder();
		long rest = value;
		long[] units = { GYEONG, JO, EOK, MAN };
		String[] names = { "경", "조", "억", "만" };
		for (int i = 0; i < units.length; i++) {
			long count = rest / units[i];
			if (count > 0) {
				words.append(grouping.format(count)).append(names[i]).append(' ');
				rest %= units[i];
			}
		}
		if (rest > 0) {
			return words.append(grouping.format(rest)).append('원').toString();
		}
		return words.append('원').toString();
	}

	String inEnglishWords() {
		long[] units = { JO, 1_000_000_000L, 1_000_000L };
		String[] names = { "trillion", "billion", "million" };
		for (int i = 0; i < units.length; i++) {
			if (value >= units[i]) {
				BigDecimal scaled = BigDecimal.valueOf(value)
					.divide(BigDecimal.valueOf(units[i]), 3, RoundingMode.HALF_UP);
				if (i > 0 && scaled.compareTo(BigDecimal.valueOf(1000)) >= 0) {
					scaled = BigDecimal.valueOf(value).divide(BigDecimal.valueOf(units[i - 1]), 3, RoundingMode.HALF_UP);
					return "₩" + plain(scaled) + " " + names[i - 1];
				}
				return "₩" + plain(scaled) + " " + names[i];
			}
		}
		return "₩" + NumberFormat.getIntegerInstance(Locale.ROOT).format(value);
	}

	private static String plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return stripped.scale() < 0 ? NumberFormat.getIntegerInstance(Locale.ROOT).format(stripped)
				: NumberFormat.getNumberInstance(Locale.ROOT).format(stripped);
	}

	private static boolean isKorean(Locale locale) {
		return locale != null && "ko".equals(locale.getLanguage());
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
