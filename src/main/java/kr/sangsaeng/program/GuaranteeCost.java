package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.util.Objects;

import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

/**
 * What a guarantee on a loan covers and costs, in whole won: the guaranteed amount is the ratio of the loan, the
 * yearly fee the fee rate of the guaranteed amount (both rounded down), and of that fee the funders pay their
 * subsidy's share while the SME pays the rest. The one place this arithmetic is done: the programme page's worked
 * example, the guarantee an approval issues and the SME's view of its guarantee all read it here.
 *
 * @param loan the loan amount
 * @param ratio the share of the loan the agency guarantees
 * @param feeRate the yearly guarantee fee rate, on the guaranteed amount
 * @param feeSubsidy the share of the fee the programme's funders pay
 */
public record GuaranteeCost(Won loan, Percentage ratio, Percentage feeRate, Percentage feeSubsidy) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public GuaranteeCost {
		Objects.requireNonNull(loan, "loan");
		Objects.requireNonNull(ratio, "guarantee ratio");
		Objects.requireNonNull(feeRate, "fee rate");
		Objects.requireNonNull(feeSubsidy, "fee subsidy");
	}

	/**
	 * The cost of a guarantee whose fee nobody subsidises.
	 */
	public static GuaranteeCost unsubsidised(Won loan, Percentage ratio, Percentage feeRate) {
		return new GuaranteeCost(loan, ratio, feeRate, new Percentage(BigDecimal.ZERO));
	}

	/**
	 * The share of the loan the agency guarantees, rounded down to whole won.
	 */
	public Won guaranteed() {
		return ratio.of(loan);
	}

	/**
	 * The guarantee fee for one year: the fee rate of the guaranteed amount, rounded down to whole won.
	 */
	public Won yearlyFee() {
		return feeRate.of(guaranteed());
	}

	/**
	 * The SME's part of the yearly fee: what the subsidy leaves, rounded down to whole won in the SME's favour.
	 */
	public Won paidBySme() {
		return new Percentage(HUNDRED.subtract(feeSubsidy.value())).of(yearlyFee());
	}

	/**
	 * The funders' part of the yearly fee; with the SME's part it makes the whole fee.
	 */
	public Won paidByFunders() {
		return yearlyFee().minus(paidBySme());
	}

	public boolean isSubsidised() {
		return feeSubsidy.value().signum() > 0;
	}

}
