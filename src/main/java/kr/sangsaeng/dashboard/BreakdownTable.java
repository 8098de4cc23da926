package kr.sangsaeng.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Won;

/**
 * The applications of some programmes submitted in a period, grouped one way, and what became of them.
 */
public record BreakdownTable(Breakdown by, Period period, List<Row> rows, Row total) {

	/**
	 * One group, or the total ({@code key} empty). {@code key} is {@code null} for the applications where the fact is
	 * not known (or the company is on no partner list).
	 */
	public record Row(String key, LocalizedName name, long applications, long approved, long rejected,
			Won approvedAmount, Won disbursed, long companies) {

		/**
		 * Approved share of decided applications, in percent with one decimal; {@code null} before any decision.
		 */
		public BigDecimal approvalRate() {
			return percent(approved, approved + rejected);
		}

		/**
		 * Paid-out share of the approved won, in percent with one decimal; {@code null} when nothing was approved.
		 */
		public BigDecimal disbursedShare() {
			return approvedAmount.isZero() ? null : disbursed.percentOf(approvedAmount);
		}

	}

	static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
