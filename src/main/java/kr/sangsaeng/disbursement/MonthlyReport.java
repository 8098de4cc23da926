package kr.sangsaeng.disbursement;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

/**
 * A bank's report of a loan's balance and status at the end of a month.
 *
 * @param daysInArrears how many days payments are late, only for {@link ReportedStatus#ARREARS}
 */
public record MonthlyReport(long id, ApplicationId loan, YearMonth month, Won balance, ReportedStatus status,
		Integer daysInArrears, String reportedBy, DisbursementChannel channel, Instant reportedAt) {

	/**
	 * Whether this report says what another report of the same month says.
	 */
	public boolean says(Won otherBalance, ReportedStatus otherStatus, Integer otherDays) {
		return balance.equals(otherBalance) && status == otherStatus && Objects.equals(daysInArrears, otherDays);
	}

}
