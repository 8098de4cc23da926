package kr.sangsaeng.disbursement;

import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;

/**
 * A bank reported a loan's balance and status for a month.
 */
public record MonthlyReportRecorded(ApplicationId loan, BankCode bankCode, String month, Won balance,
		ReportedStatus status, Integer daysInArrears, String channel, String actor) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "application:" + loan.value();
	}

	@Override
	public String auditAction() {
		return "loan.monthly-reported";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("bank", bankCode.value());
		details.put("month", month);
		details.put("balanceWon", balance.value());
		details.put("status", status.name());
		if (daysInArrears != null) {
			details.put("daysInArrears", daysInArrears);
		}
		details.put("channel", channel);
		return details;
	}

}
