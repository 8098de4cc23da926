package kr.sangsaeng.program;

import java.math.BigInteger;

import kr.sangsaeng.shared.Won;

/**
 * How much a programme has taken in: the amounts asked for by submitted applications that await a decision,
 * against the programme's intake limit, if it has one.
 *
 * @param limitPercent the limit as a percentage of the remaining capacity, or {@code null} for no limit
 * @param submitted the amounts asked for by applications awaiting a decision; {@code null} in a programme summary
 * of a programme without a limit, which does not keep that sum ({@link ProgrammeIntake#position} counts it)
 * @param limit the limit in won now ({@code limitPercent} of the remaining capacity), or {@code null}
 */
public record IntakePosition(Integer limitPercent, Won submitted, Won limit) {

	static IntakePosition of(Integer limitPercent, Won submitted, Won remainingCapacity) {
		if (limitPercent == null) {
			return unlimited(null);
		}
		return new IntakePosition(limitPercent, submitted, limitFor(limitPercent, remainingCapacity));
	}

	static IntakePosition unlimited(Won submitted) {
		return new IntakePosition(null, submitted, null);
	}

	/**
	 * {@code percent} of {@code remaining}, rounded down to the won.
	 */
	static Won limitFor(int percent, Won remaining) {
		return Won.of(BigInteger.valueOf(remaining.value())
			.multiply(BigInteger.valueOf(percent))
			.divide(BigInteger.valueOf(100))
			.min(BigInteger.valueOf(Long.MAX_VALUE))
			.longValue());
	}

	public boolean isLimited() {
		return limitPercent != null;
	}

	/**
	 * What may still be asked for before the limit is reached; {@code null} without a limit.
	 */
	public Won room() {
		return limit == null ? null : limit.minusOrZero(submitted);
	}

	/**
	 * Whether an application asking for {@code amount} would still be taken in.
	 */
	public boolean admits(Won amount) {
		return limit == null || !amount.isGreaterThan(room());
	}

}
