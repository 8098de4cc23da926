package kr.sangsaeng.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * A share in percent between 0 and 100, with at most three decimals (e.g. a guarantee ratio of 85 %, a fee of
 * 0.875 %).
 */
public record Percentage(BigDecimal value) implements Comparable<Percentage> {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final Pattern TYPED = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3})?");

	public Percentage {
		if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException("A percentage lies between 0 and 100");
		}
		if (value.stripTrailingZeros().scale() > 3) {
			throw new IllegalArgumentException("A percentage has at most three decimals");
		}
		value = value.setScale(3, RoundingMode.UNNECESSARY);
	}

	/**
	 * A percentage as people type it: {@code 85}, {@code 0.875}, {@code 85 %}.
	 *
	 * @throws IllegalArgumentException when it is not a number from 0 to 100 with at most three decimals
	 */
	public static Percentage parse(String typed) {
		String text = typed == null ? "" : typed.strip();
		if (text.endsWith("%")) {
			text = text.substring(0, text.length() - 1).strip();
		}
		if (!TYPED.matcher(text).matches()) {
			throw new IllegalArgumentException("Not a percentage: " + typed);
		}
		return new Percentage(new BigDecimal(text));
	}

	public static Percentage of(String value) {
		return new Percentage(new BigDecimal(value));
	}

	/**
	 * This share of an amount, rounded down to whole won.
	 */
	public Won of(Won amount) {
		return Won.of(BigDecimal.valueOf(amount.value()).multiply(value).divide(HUNDRED, 0, RoundingMode.DOWN)
			.longValueExact());
	}

	/**
	 * The number as people write it: {@code 85}, {@code 0.875}.
	 */
	public String plain() {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	@Override
	public int compareTo(Percentage other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return plain() + "%";
	}

}
