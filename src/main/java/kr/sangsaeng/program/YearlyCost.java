package kr.sangsaeng.program;

import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

/**
 * What one year of a guarantee covers and costs, in whole won (see {@link YearlyCosts} for the rounding).
 *
 * @param year the guarantee year, from 1
 * @param months how many months of the loan's term fall in it (12, or fewer in a last, partial year)
 * @param guaranteed the guaranteed amount
 * @param feeRate the year's fee rate
 * @param fee the year's guarantee fee
 * @param paidByFunders the funders' part of the fee, after any cap
 * @param paidBySme the SME's part of the fee
 * @param interestSaved what the interest preference saves the SME, after any cap
 * @param feeSupportCapped whether the cap on the funders' part applied
 * @param interestCapped whether the cap on the interest preference applied
 */
public record YearlyCost(int year, int months, Won guaranteed, Percentage feeRate, Won fee, Won paidByFunders,
		Won paidBySme, Won interestSaved, boolean feeSupportCapped, boolean interestCapped) {

	/**
	 * What the year saves the SME: the funders' part of the fee and the interest preference.
	 */
	public Won saved() {
		return paidByFunders.plus(interestSaved);
	}

}
