package kr.sangsaeng.applications.web;

import java.util.List;

import kr.sangsaeng.applications.IssuedGuarantee;
import kr.sangsaeng.applications.LoanPayout;
import kr.sangsaeng.program.BenefitPot;
import kr.sangsaeng.program.GuaranteeCost;
import kr.sangsaeng.program.YearlyCosts;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Won;

/**
 * The guarantee on an SME's approved application as its page shows it: the certificate's figures, what the fee
 * costs the SME, the amount approved against the amount asked for and why it is lower, and what the bank has paid
 * out so far.
 *
 * @param cost the guaranteed amount and the yearly fee with the SME's and the funders' shares, in whole won
 * @param requested what the SME asked for
 * @param loweredBecause what the agency told the SME when it approved less, or {@code null}
 * @param payouts the bank's payments in force, oldest first
 * @param yearlyCosts what the guarantee costs year by year over the loan's term
 * @param path the steps from submission to the first payment, who holds the application now and for how long
 */
public record YourGuarantee(IssuedGuarantee guarantee, GuaranteeCost cost, LocalizedName bank, Won requested,
		String loweredBecause, List<LoanPayout> payouts, List<BenefitPot> stoppedBenefits, GuaranteePath path,
		YearlyCosts yearlyCosts) {

	public YourGuarantee {
		stoppedBenefits = stoppedBenefits == null ? List.of() : List.copyOf(stoppedBenefits);
	}

	/**
	 * Whether the interest-subsidy pot had run out when the guarantee was approved, so that the loan has no
	 * interest preference.
	 */
	public boolean interestPreferenceStopped() {
		return stoppedBenefits.contains(BenefitPot.INTEREST_SUBSIDY);
	}

	public Won approved() {
		return guarantee.loanAmount();
	}

	public boolean isLowered() {
		return approved().isLessThan(requested);
	}

	public Won paidOut() {
		return payouts.stream().map(LoanPayout::amount).reduce(Won.ZERO, Won::plus);
	}

	public Won remaining() {
		return approved().minusOrZero(paidOut());
	}

}
