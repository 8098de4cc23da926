package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.util.Objects;

import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

/**
 * An agreement's terms for a range of guarantee years.
 *
 * @param fromYear the first guarantee year the row covers, from 1
 * @param toYear the last, or {@code null} for every later year
 * @param guaranteeRatio the share of the loan the agency guarantees
 * @param feeRate the yearly guarantee fee rate, on the guaranteed amount
 * @param fundersShare the share of the fee the funders pay; the SME pays the rest
 * @param ratePreferencePoints interest-rate reduction in percentage points
 * @param feeSupportCap the most the funders pay towards one company's fee in a year, or {@code null} for no cap
 * @param interestSubsidyCap the most one company's interest preference saves in a year, or {@code null} for no cap
 * @param illustrative whether the figures are illustrative rather than the agreement's published terms
 */
public record TermYear(int fromYear, Integer toYear, Percentage guaranteeRatio, Percentage feeRate,
		Percentage fundersShare, BigDecimal ratePreferencePoints, Won feeSupportCap, Won interestSubsidyCap,
		boolean illustrative) {

	public TermYear {
		Objects.requireNonNull(guaranteeRatio, "guarantee ratio");
		Objects.requireNonNull(feeRate, "fee rate");
		Objects.requireNonNull(fundersShare, "funders' share");
		Objects.requireNonNull(ratePreferencePoints, "rate preference");
	}

	public boolean covers(int year) {
		return year >= fromYear && (toYear == null || year <= toYear);
	}

	public boolean isOpenEnded() {
		return toYear == null;
	}

	/**
	 * The share of the fee the SME pays.
	 */
	public Percentage smeShare() {
		return new Percentage(BigDecimal.valueOf(100).subtract(fundersShare.value()));
	}

	TermYear withRatioAndFee(Percentage ratio, Percentage fee) {
		return new TermYear(fromYear, toYear, ratio, fee, fundersShare, ratePreferencePoints, feeSupportCap,
				interestSubsidyCap, illustrative);
	}

}
