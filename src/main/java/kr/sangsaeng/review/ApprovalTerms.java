package kr.sangsaeng.review;

import java.util.Objects;

import kr.sangsaeng.program.GuaranteeCost;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

/**
 * What an approval grants: the loan amount, the guaranteed share, the yearly fee rate and any conditions.
 */
public record ApprovalTerms(Won amount, Percentage ratio, Percentage feeRate, String conditions) {

	public ApprovalTerms {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(ratio, "guarantee ratio");
		Objects.requireNonNull(feeRate, "fee rate");
		conditions = conditions == null || conditions.isBlank() ? null : conditions.strip();
	}

	public Won guaranteedAmount() {
		return cost().guaranteed();
	}

	public Won yearlyFee() {
		return cost().yearlyFee();
	}

	private GuaranteeCost cost() {
		return GuaranteeCost.unsubsidised(amount, ratio, feeRate);
	}

}
