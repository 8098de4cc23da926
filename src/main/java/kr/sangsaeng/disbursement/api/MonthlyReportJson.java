package kr.sangsaeng.disbursement.api;

import java.time.Instant;

import kr.sangsaeng.disbursement.MonthlyReport;

/**
 * A month's report of a loan as bank systems read it. Amounts are whole won.
 *
 * @param daysInArrears only for ARREARS, otherwise {@code null}
 */
record MonthlyReportJson(long id, String month, long balanceWon, String status, Integer daysInArrears,
		String channel, Instant reportedAt) {

	static MonthlyReportJson of(MonthlyReport report) {
		return new MonthlyReportJson(report.id(), report.month().toString(), report.balance().value(),
				report.status().name(), report.daysInArrears(), report.channel().name(), report.reportedAt());
	}

}
