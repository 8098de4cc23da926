package kr.sangsaeng.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.shared.Won;

/**
 * The figures the overview counts over applications, guarantees and loans. Maps are keyed by programme code;
 * where a total is asked for, it is under {@link #TOTAL}. The live implementation counts the source tables; aggregate
 * tables kept up to date from the domain events can replace it.
 */
interface ActivityQueries {

	String TOTAL = "";

	/**
	 * Submitted applications (drafts excluded) per programme and status.
	 */
	Map<String, Map<ApplicationStatus, Long>> applicationsByStatus(Collection<String> programmes);

	/**
	 * Median days from submission to approval or rejection, per programme and in total.
	 */
	Map<String, BigDecimal> medianDaysToDecision(Collection<String> programmes);

	/**
	 * Median days from a guarantee's issue to the day its loan's first payment was made (Korean dates), per
	 * programme and in total.
	 */
	Map<String, BigDecimal> medianDaysToFirstDisbursement(Collection<String> programmes);

	/**
	 * What was paid out of guarantees that still hold capacity (not repaid or cancelled), per programme.
	 */
	Map<String, Won> disbursedOfOpenGuarantees(Collection<String> programmes);

	/**
	 * Applications submitted per week since {@code since}, keyed by the Monday (Korean time) of their week.
	 */
	Map<LocalDate, Long> applicationsSubmittedPerWeek(Collection<String> programmes, Instant since);

	/**
	 * Guarantees issued per week since {@code since}.
	 */
	Map<LocalDate, Long> guaranteesIssuedPerWeek(Collection<String> programmes, Instant since);

	/**
	 * Won paid out less reversals per week from {@code since} (the day payments were made).
	 */
	Map<LocalDate, Long> netDisbursedPerWeek(Collection<String> programmes, LocalDate since);

}
