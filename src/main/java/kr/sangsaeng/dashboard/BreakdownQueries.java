package kr.sangsaeng.dashboard;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The figures the breakdowns and the win-win finance index count over applications, guarantees and loans of the
 * given programmes. The live implementation counts the source tables; aggregate tables kept up to date from the
 * domain events can replace it.
 */
interface BreakdownQueries {

	/**
	 * Applications submitted in {@code period} grouped by {@code by}, and what became of them, with the total
	 * (counted once, so that a company in two groups is one SME in the total).
	 */
	GroupCounts countBy(Breakdown by, Collection<String> programmes, Period period);

	/**
	 * What each lending bank did with the guarantees issued in {@code period}.
	 */
	List<LenderCounts> lenders(Collection<String> programmes, Period period);

	/**
	 * @param groups one entry per group; {@code key} is the group's code ({@code SEOUL}, {@code KODIT}, {@code 2},
	 *     …) or {@code null} for applications where the fact is not known
	 */
	record GroupCounts(List<Group> groups, Counts total) {
	}

	record Group(String key, Counts counts) {
	}

	/**
	 * @param applications submitted applications
	 * @param approved those approved (and those paid out, repaid, defaulted or cancelled since)
	 * @param rejected those rejected
	 * @param approvedWon the loans guaranteed for them
	 * @param disbursedWon what banks paid out on those loans, less reversals
	 * @param companies distinct SMEs that applied
	 */
	record Counts(long applications, long approved, long rejected, long approvedWon, long disbursedWon,
			long companies) {

		static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

	}

	/**
	 * @param loans guaranteed loans, cancelled ones included
	 * @param approvedWon approved won of its loans that were not cancelled
	 * @param disbursedWon what it paid out on them, less reversals
	 * @param companies distinct SMEs it lent to
	 * @param lowerTierLoans loans to tier-2 or tier-3 partners of the programme's funders
	 * @param medianDaysToFirstPayment median days from a guarantee's issue to the bank's first payment that was not
	 *     reversed, {@code null} before any payment
	 */
	record LenderCounts(String bankCode, long loans, long approvedWon, long disbursedWon, long companies,
			long lowerTierLoans, BigDecimal medianDaysToFirstPayment) {
	}

}
