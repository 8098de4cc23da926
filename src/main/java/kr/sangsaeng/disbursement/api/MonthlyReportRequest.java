package kr.sangsaeng.disbursement.api;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

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
		JsonNode root = JsonBodies.read(body, json);
		if (root == null || !root.isObject()) {
			throw new InvalidRequestException(null, "The body must be a JSON object.");
		}
		JsonNode month = root.get("month");
		if (month == null || month.isNull()) {
			throw new InvalidRequestException("month", "month is missing.");
		}
		YearMonth reported;
		try {
			if (!month.isString() || !month.asString().matches("[0-9]{4}-[0-9]{2}")) {
				throw new DateTimeParseException("not YYYY-MM", month.toString(), 0);
			}
			reported = YearMonth.parse(month.asString());
		}
		catch (DateTimeParseException notAMonth) {
			throw new InvalidRequestException("month", "month must be a month written YYYY-MM.");
		}
		JsonNode balance = root.get("balanceWon");
		if (balance == null || balance.isNull()) {
			throw new InvalidRequestException("balanceWon", "balanceWon is missing.");
		}
		if (!balance.isIntegralNumber() || !balance.canConvertToLong()) {
			throw new InvalidRequestException("balanceWon",
					"balanceWon must be a whole number of won, written as a JSON integer (no quotes, decimals or exponent).");
		}
		if (balance.longValue() < 0) {
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
		return new MonthlyReportRequest(reported, Won.of(balance.longValue()), chosen, daysInArrears);
	}

}
