package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

/**
 * The terms under which a programme's loans are guaranteed and made.
 *
 * @param minLoan smallest loan an SME may apply for
 * @param maxLoan largest total an SME may hold in the programme (per-SME cap)
 * @param maxLoanLowerTier per-SME cap for tier-2 and tier-3 partners, or {@code null} when they have the general cap
 * @param maxTermMonths longest loan term
 * @param guaranteeRatio default share of the loan the agency guarantees
 * @param guaranteeFee default yearly guarantee fee rate
 * @param limits the range within which a reviewer may set ratio and fee
 * @param feeSubsidy share of the guarantee fee the funders pay
 * @param ratePreferencePoints interest-rate reduction in percentage points
 * @param fourEyesThreshold approvals above this amount need a second person
 * @param opensAt when applications may first be submitted, or {@code null} if not yet set
 * @param closesAt when the application window closes, or {@code null} if not yet set
 * @param partnerListRequired whether only partners on a funder's partner list may apply
 * @param allowedIndustries the KSIC sections whose companies may apply
 */
public record ProgrammeTerms(Won minLoan, Won maxLoan, Won maxLoanLowerTier, int maxTermMonths,
		Percentage guaranteeRatio, Percentage guaranteeFee, GuaranteeLimits limits, Percentage feeSubsidy, BigDecimal ratePreferencePoints,
		Won fourEyesThreshold, Instant opensAt, Instant closesAt, boolean partnerListRequired,
		Set<IndustrySection> allowedIndustries) {

	private static final Won EXAMPLE_LOAN = Won.of(100_000_000);

	public ProgrammeTerms {
		if (limits == null) {
			limits = GuaranteeLimits.exactly(guaranteeRatio, guaranteeFee);
		}
		allowedIndustries = Set.copyOf(allowedIndustries);
	}

	/**
	 * Whether {@code moment} lies within the application window.
	 */
	public boolean windowIncludes(Instant moment) {
		return opensAt != null && closesAt != null && !moment.isBefore(opensAt) && moment.isBefore(closesAt);
	}

	/**
	 * The guarantee fee the SME pays after the funders' subsidy, per year.
	 */
	public Percentage feeAfterSubsidy() {
		BigDecimal paidShare = BigDecimal.valueOf(100).subtract(feeSubsidy.value());
		return new Percentage(guaranteeFee.value().multiply(paidShare).divide(BigDecimal.valueOf(100))
			.setScale(3, RoundingMode.HALF_UP));
	}

	/**
	 * The loan the programme page's worked example is written for: 1억 원 when the programme lends that much,
	 * otherwise the nearest amount it lends.
	 */
	public Won exampleLoan() {
		if (EXAMPLE_LOAN.isLessThan(minLoan)) {
			return minLoan;
		}
		if (!maxLoan.isZero() && EXAMPLE_LOAN.isGreaterThan(maxLoan)) {
			return maxLoan;
		}
		return EXAMPLE_LOAN;
	}

	/**
	 * What the guarantee on the example loan covers and costs at the programme's default ratio and fee rate.
	 */
	public GuaranteeCost example() {
		return costOf(exampleLoan(), guaranteeRatio, guaranteeFee);
	}

	/**
	 * What a guarantee of {@code ratio} on {@code loan} at {@code feeRate} costs under this programme's fee subsidy.
	 */
	public GuaranteeCost costOf(Won loan, Percentage ratio, Percentage feeRate) {
		return new GuaranteeCost(loan, ratio, feeRate, feeSubsidy);
	}

	/**
	 * What the benefits of a guarantee of {@code ratio} on {@code loan} at {@code feeRate} cost the agreement's pots
	 * over a term of {@code termMonths}, under these flat terms: see {@link YearlyCosts#benefitCosts()}.
	 */
	public Map<BenefitPot, Won> benefitCosts(Won loan, Percentage ratio, Percentage feeRate, int termMonths) {
		return TermSchedule.flat(guaranteeRatio, this)
			.approved(guaranteeRatio, guaranteeFee, ratio, feeRate)
			.costFor(loan, termMonths)
			.benefitCosts();
	}

	/**
	 * Whether a reviewer may set the guarantee ratio to something other than the default.
	 */
	public boolean hasRatioRange() {
		return limits.minRatio().compareTo(limits.maxRatio()) != 0;
	}

	/**
	 * Whether a reviewer may set the fee rate to something other than the default.
	 */
	public boolean hasFeeRange() {
		return limits.minFee().compareTo(limits.maxFee()) != 0;
	}

	/**
	 * The share of the guarantee fee the SME pays itself, after the funders' subsidy.
	 */
	public Percentage smeFeeShare() {
		return new Percentage(BigDecimal.valueOf(100).subtract(feeSubsidy.value()));
	}

	public List<IndustrySection> sortedIndustries() {
		return allowedIndustries.stream().sorted().toList();
	}

	public boolean allowsIndustry(IndustrySection section) {
		return allowedIndustries.contains(section);
	}

	/**
	 * The per-SME cap that applies to a partner of the given tier (1, 2 or 3), or to a non-partner when
	 * {@code tier} is 0.
	 */
	public Won maxLoanForTier(int tier) {
		return tier >= 2 && maxLoanLowerTier != null ? maxLoanLowerTier : maxLoan;
	}

}
