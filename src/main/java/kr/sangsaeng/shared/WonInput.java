package kr.sangsaeng.shared;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

import kr.sangsaeng.shared.InvalidAmountException.Reason;

/**
 * Reads an amount of won as people write it into a form, the one reading every amount field uses: in figures
 * ({@code 500000000}, {@code 500,000,000}) or in Korean units ({@code 5억}, {@code 5억 2천만}, {@code 3,000만},
 * {@code 1조 3,000억}, {@code 2.5억}, {@code 2천5백만}), with or without {@code 원} or a leading {@code ₩}, with or
 * without spaces between the units. Refused, each with its own reason: anything but digits, separators and units;
 * units out of order or a part as large as the unit before it ({@code 5억 15,000만}); a remainder after
 * {@code 억} or {@code 조} with no {@code 만} ({@code 5억 2천} may mean 2천 or 2천만 원); fractions of a won;
 * negative amounts; amounts beyond what {@link Won} holds.
 */
public final class WonInput {

	/** Longer input is no amount anybody writes. */
	static final int LONGEST = 40;

	private static final Pattern NUMBER = Pattern
		.compile("(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?");

	private static final Pattern DIGITS_APART = Pattern.compile("[0-9.,]\\s+[0-9]");

	private static final BigDecimal MAN = BigDecimal.valueOf(10_000L);

	private static final BigDecimal EOK = BigDecimal.valueOf(100_000_000L);

	private static final BigDecimal GYEONG = BigDecimal.valueOf(10_000_000_000_000_000L);

	private static final BigDecimal JO = BigDecimal.valueOf(1_000_000_000_000L);

	private static final BigDecimal LARGEST = BigDecimal.valueOf(Long.MAX_VALUE);

	private WonInput() {
	}

	/**
	 * @throws InvalidAmountException when the text is no amount of whole won, with the reason
	 */
	public static Won parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidAmountException(Reason.EMPTY);
		}
		if (text.length() > LONGEST * 2) {
			throw new InvalidAmountException(Reason.NOT_A_NUMBER);
		}
		String amount = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		if (amount.startsWith("₩")) {
			amount = amount.substring(1).strip();
		}
		if (amount.endsWith("원")) {
			amount = amount.substring(0, amount.length() - 1).strip();
		}
		if (amount.startsWith("-") && amount.length() > 1) {
			throw new InvalidAmountException(Reason.NEGATIVE);
		}
		if (amount.isEmpty()) {
			throw new InvalidAmountException(Reason.EMPTY);
		}
		if (DIGITS_APART.matcher(amount).find()) {
			throw new InvalidAmountException(Reason.NOT_A_NUMBER);
		}
		amount = amount.replaceAll("\\s+", "");
		if (amount.length() > LONGEST) {
			throw new InvalidAmountException(Reason.NOT_A_NUMBER);
		}
		BigDecimal total = new Reading(amount).total();
		if (total.compareTo(LARGEST) > 0) {
			throw new InvalidAmountException(Reason.TOO_LARGE);
		}
		if (total.stripTrailingZeros().scale() > 0) {
			throw new InvalidAmountException(Reason.FRACTIONAL);
		}
		return Won.of(total.longValueExact());
	}

	/**
	 * One pass over the text: numbers, the small units 천, 백, 십 inside a section, and the large units 경, 조, 억, 만
	 * that close a section, each smaller than the one before.
	 */
	private static final class Reading {

		private final String text;

		private int position;

		private BigDecimal total = BigDecimal.ZERO;

		private BigDecimal section = BigDecimal.ZERO;

		private BigDecimal number;

		private BigDecimal lastLarge;

		private BigDecimal lastSmall;

		private boolean smallInSection;

		Reading(String text) {
			this.text = text;
		}

		BigDecimal total() {
			while (position < text.length()) {
				char next = text.charAt(position);
				BigDecimal large = large(next);
				BigDecimal small = small(next);
				if (large != null) {
					closeSection(large);
					position++;
				}
				else if (small != null) {
					addSmall(small);
					position++;
				}
				else {
					readNumber();
				}
			}
			if (number != null || smallInSection) {
				BigDecimal rest = section.add(number == null ? BigDecimal.ZERO : number);
				if (lastLarge != null && lastLarge.compareTo(EOK) >= 0) {
					throw new InvalidAmountException(Reason.AMBIGUOUS);
				}
				if (lastLarge != null && rest.compareTo(lastLarge) >= 0) {
					throw new InvalidAmountException(Reason.NOT_A_NUMBER);
				}
				total = total.add(rest);
			}
			return total;
		}

		private void readNumber() {
			if (number != null) {
				throw new InvalidAmountException(Reason.NOT_A_NUMBER);
			}
			var matcher = NUMBER.matcher(text).region(position, text.length());
			if (!matcher.lookingAt()) {
				throw new InvalidAmountException(Reason.NOT_A_NUMBER);
			}
			int end = matcher.end();
			if (end < text.length() && (text.charAt(end) == ',' || text.charAt(end) == '.')) {
				throw new InvalidAmountException(Reason.NOT_A_NUMBER);
			}
			number = new BigDecimal(matcher.group().replace(",", ""));
			position = end;
		}

		private void addSmall(BigDecimal unit) {
			if (lastSmall != null && unit.compareTo(lastSmall) >= 0) {
				throw new InvalidAmountException(Reason.NOT_A_NUMBER);
			}
			BigDecimal count = number == null ? BigDecimal.ONE : number;
			if (count.compareTo(BigDecimal.TEN) >= 0) {
				throw new InvalidAmountException(Reason.NOT_A_NUMBER);
			}
			section = section.add(count.multiply(unit));
			lastSmall = unit;
			smallInSection = true;
			number = null;
		}

		private void closeSection(BigDecimal unit) {
			if (lastLarge != null && unit.compareTo(lastLarge) >= 0) {
				throw new InvalidAmountException(Reason.NOT_A_NUMBER);
			}
			BigDecimal count = section.add(number == null ? BigDecimal.ZERO : number);
			if (count.signum() == 0) {
				if (number != null || smallInSection || lastLarge != null) {
					throw new InvalidAmountException(Reason.NOT_A_NUMBER);
				}
				count = BigDecimal.ONE;
			}
			BigDecimal part = count.multiply(unit);
			if (lastLarge != null && part.compareTo(lastLarge) >= 0) {
				throw new InvalidAmountException(Reason.NOT_A_NUMBER);
			}
			if (part.compareTo(LARGEST) > 0) {
				throw new InvalidAmountException(Reason.TOO_LARGE);
			}
			total = total.add(part);
			lastLarge = unit;
			section = BigDecimal.ZERO;
			number = null;
			lastSmall = null;
			smallInSection = false;
		}

		private static BigDecimal large(char unit) {
			return switch (unit) {
				case '경' -> GYEONG;
				case '조' -> JO;
				case '억' -> EOK;
				case '만' -> MAN;
				default -> null;
			};
		}

		private static BigDecimal small(char unit) {
			return switch (unit) {
				case '천' -> BigDecimal.valueOf(1_000);
				case '백' -> BigDecimal.valueOf(100);
				case '십' -> BigDecimal.TEN;
				default -> null;
			};
		}

	}

}
