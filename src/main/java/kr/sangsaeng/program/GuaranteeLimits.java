package kr.sangsaeng.program;

import java.util.Objects;

import kr.sangsaeng.shared.Percentage;

/**
 * How far a reviewer may set a guarantee's ratio and fee rate away from the programme's defaults.
 *
 * @param minRatio lowest share of the loan the agency may guarantee
 * @param maxRatio highest share of the loan the agency may guarantee
 * @param minFee lowest yearly guarantee fee rate
 * @param maxFee highest yearly guarantee fee rate
 */
public record GuaranteeLimits(Percentage minRatio, Percentage maxRatio, Percentage minFee, Percentage maxFee) {

	public GuaranteeLimits {
		Objects.requireNonNull(minRatio, "lowest guarantee ratio");
		Objects.requireNonNull(maxRatio, "highest guarantee ratio");
		Objects.requireNonNull(minFee, "lowest fee rate");
		Objects.requireNonNull(maxFee, "highest fee rate");
		if (minRatio.compareTo(maxRatio) > 0 || minFee.compareTo(maxFee) > 0) {
			throw new IllegalArgumentException("A lower limit lies above its upper limit");
		}
	}

	/**
	 * Limits that allow only the given ratio and fee.
	 */
	public static GuaranteeLimits exactly(Percentage ratio, Percentage fee) {
		return new GuaranteeLimits(ratio, ratio, fee, fee);
	}

	public boolean allowsRatio(Percentage ratio) {
		return ratio.compareTo(minRatio) >= 0 && ratio.compareTo(maxRatio) <= 0;
	}

	public boolean allowsFee(Percentage fee) {
		return fee.compareTo(minFee) >= 0 && fee.compareTo(maxFee) <= 0;
	}

}
