package kr.sangsaeng.disbursement.api;

import java.time.YearMonth;

import kr.sangsaeng.disbursement.MonthlyReports;
import kr.sangsaeng.disbursement.ReportedStatus;
import kr.sangsaeng.shared.Won;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A month's report as a bank system sends it: {@code {"month": "2026-05", "balanceWon": 300000000, "status":
 * "ARREARS", "daysInArrears": 35}}. Read field by field so that each mistake gets its own answer.
 */
record MonthlyReportRequest(YearMonth month, Won balance, ReportedStatus status, Integer daysInArrears) {

	static MonthlyReportRequest read(String body, JsonMapper json) {
		JsonNode root = JsonBodies.object(body, json);
		YearMonth reported = JsonBodies.month(root, "month");
		long balance = JsonBodies.wholeWon(root, "balanceWon");
		if (balance < 0) {
			throw new InvalidRequestException("balanceWon", "balanceWon cannot be below zero.");
		}
		JsonNode status = root.get("status");
		ReportedStatus chosen = null;
		if (status != null && status.isString()) {
			for (ReportedStatus candidate : ReportedStatus.values()) {
				if (candidate.name().equals(status.asString())) {
					chosen = candidate;
				}
			}
		}
		if (chosen == null) {
			throw new InvalidRequestException("status",
					"status must be CURRENT, ARREARS, RESTRUCTURED, REPAID or DEFAULTED.");
		}
		JsonNode days = root.get("daysInArrears");
		Integer daysInArrears = null;
		if (days != null && !days.isNull()) {
			if (!days.isIntegralNumber() || !days.canConvertToInt() || days.intValue() < 1
					|| days.intValue() > MonthlyReports.MOST_DAYS_IN_ARREARS) {
				throw new InvalidRequestException("daysInArrears", "daysInArrears must be a whole number from 1 to "
						+ MonthlyReports.MOST_DAYS_IN_ARREARS + ".");
			}
			daysInArrears = days.intValue();
		}
		return new MonthlyReportRequest(reported, Won.of(balance), chosen, daysInArrears);
	}

}
