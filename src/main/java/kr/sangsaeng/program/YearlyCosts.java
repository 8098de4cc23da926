package kr.sangsaeng.program;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import kr.sangsaeng.shared.Won;

/**
 * A guarantee's cost year by year over the loan's term, and the totals. The one place this arithmetic is done: the
 * programme page, the application form, the SME's approved application, the certificate, the bank's loan and the
 * pots' draw on approval all read it here.
 * <p>
 * Rounding: every figure is whole won, rounded down, year by year. The guaranteed amount is the year's ratio of the
 * loan (its balance taken as constant over the term); a full year's fee the year's rate of it; the SME's full-year
 * part its share of that fee; a partial last year takes months/12 of each full-year figure; the funders pay the
 * fee less the SME's part (so rounding favours the SME), at most their cap, and the SME the rest. The interest
 * preference saved is the year's points of the loan, for the months of the year, at most its cap.
 *
 * @param loan the loan amount
 * @param termMonths the loan's term
 */
public record YearlyCosts(Won loan, int termMonths, List<YearlyCost> years, boolean illustrative) {

	public YearlyCosts {
		years = List.copyOf(years);
	}

	public Won totalFee() {
		return sum(YearlyCost::fee);
	}

	public Won totalPaidByFunders() {
		return sum(YearlyCost::paidByFunders);
	}

	public Won totalPaidBySme() {
		return sum(YearlyCost::paidBySme);
	}

	public Won totalInterestSaved() {
		return sum(YearlyCost::interestSaved);
	}

	public Won totalSaved() {
		return sum(YearlyCost::saved);
	}

	/**
	 * What the SME pays in the first year, before its certificate is issued.
	 */
	public Won firstYearPaidBySme() {
		return years.isEmpty() ? Won.ZERO : years.get(0).paidBySme();
	}

	/**
	 * What the benefits cost the agreement's pots over the term: the funders' share of the fee, and the interest
	 * preference.
	 */
	public Map<BenefitPot, Won> benefitCosts() {
		Map<BenefitPot, Won> costs = new EnumMap<>(BenefitPot.class);
		costs.put(BenefitPot.FEE_SUPPORT, totalPaidByFunders());
		costs.put(BenefitPot.INTEREST_SUBSIDY, totalInterestSaved());
		return costs;
	}

	/**
	 * The costs when the pots of {@code stopped} benefits had run out at approval: the SME pays the whole fee where
	 * fee support stopped, and saves no interest where the interest subsidy stopped.
	 */
	public YearlyCosts without(Collection<BenefitPot> stopped) {
		boolean noFeeSupport = stopped.contains(BenefitPot.FEE_SUPPORT);
		boolean noInterest = stopped.contains(BenefitPot.INTEREST_SUBSIDY);
		if (!noFeeSupport && !noInterest) {
			return this;
		}
		return new YearlyCosts(loan, termMonths, years.stream()
			.map(year -> new YearlyCost(year.year(), year.months(), year.guaranteed(), year.feeRate(), year.fee(),
					noFeeSupport ? Won.ZERO : year.paidByFunders(), noFeeSupport ? year.fee() : year.paidBySme(),
					noInterest ? Won.ZERO : year.interestSaved(), !noFeeSupport && year.feeSupportCapped(),
					!noInterest && year.interestCapped()))
			.toList(), illustrative);
	}

	private Won sum(Function<YearlyCost, Won> figure) {
		return years.stream().map(figure).reduce(Won.ZERO, Won::plus);
	}

}
