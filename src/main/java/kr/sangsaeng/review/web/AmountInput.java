package kr.sangsaeng.review.web;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.sangsaeng.shared.InvalidAmountException.Reason;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.Won;

/**
 * An amount of won as reviewers type it into a filter: in figures ({@code 100000000}, {@code 100,000,000}) or in
 * Korean units ({@code 1억}, {@code 1억 5천만}, {@code 2.5억}, {@code 3,000만 원}).
 */
final class AmountInput {

	private static final Pattern GROUP = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)(천|백|십)?(조|억|만)?");

	private static final Pattern KOREAN_UNIT = Pattern.compile("[조억만천백십]");

	private AmountInput() {
	}

	/**
	 * @throws InvalidAmountException when the text is no amount of whole won
	 */
	static Won parse(String text) {
		if (text == null || !KOREAN_UNIT.matcher(text).find()) {
			return Won.parse(text);
		}
		String amount = text.replaceAll("\\s+", "");
		if (amount.endsWith("원")) {
			amount = amount.substring(0, amount.length() - 1);
		}
		Matcher group = GROUP.matcher(amount);
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal previousUnit = null;
		int end = 0;
		while (end < amount.length() && group.find(end) && group.start() == end) {
			BigDecimal unit = unit(group.group(3));
			if (previousUnit != null && unit.compareTo(previousUnit) >= 0) {
				throw new InvalidAmountException(Reason.NOT_A_NUMBER);
			}
			total = total.add(number(group.group(1)).multiply(small(group.group(2))).multiply(unit));
			previousUnit = unit;
			end = group.end();
		}
		if (end != amount.length() || end == 0) {
			throw new InvalidAmountException(Reason.NOT_A_NUMBER);
		}
		if (total.stripTrailingZeros().scale() > 0) {
			throw new InvalidAmountException(Reason.FRACTIONAL);
		}
		try {
			return Won.of(total.longValueExact());
		}
		catch (ArithmeticException tooLarge) {
			throw new InvalidAmountException(Reason.TOO_LARGE);
		}
	}

	private static BigDecimal number(String digits) {
		if (!digits.matches("[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]+)?|[0-9]+(\\.[0-9]+)?")) {
			throw new InvalidAmountException(Reason.NOT_A_NUMBER);
		}
		return new BigDecimal(digits.replace(",", ""));
	}

	private static BigDecimal small(String unit) {
		if (unit == null) {
			return BigDecimal.ONE;
		}
		return switch (unit) {
			case "천" -> BigDecimal.valueOf(1_000);
			case "백" -> BigDecimal.valueOf(100);
			default -> BigDecimal.TEN;
		};
	}

	private static BigDecimal unit(String unit) {
		if (unit == null) {
			return BigDecimal.ONE;
		}
		return switch (unit) {
			case "조" -> BigDecimal.valueOf(1_000_000_000_000L);
			case "억" -> BigDecimal.valueOf(100_000_000L);
			default -> BigDecimal.valueOf(10_000L);
		};
	}

}
