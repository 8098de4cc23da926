package kr.sangsaeng.disbursement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.program.ProgrammeCode;

/**
 * A bank paid out part of a loan, or reversed a mistaken payment.
 *
 * @param kind {@code PAYMENT} or {@code REVERSAL}
 * @param disbursedAfter what the loan has paid out after this entry
 */
public record DisbursementRecorded(ApplicationId loan, ProgrammeCode programmeCode, BankCode bankCode, long entryId,
		String kind, Won amount, LocalDate disbursedOn, String reference, Won disbursedAfter, LoanStatus statusAfter,
		String actor) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "application:" + loan.value();
	}

	@Override
	public String auditAction() {
		return "PAYMENT".equals(kind) ? "loan.disbursed" : "loan.disbursement-reversed";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("bank", bankCode.value());
		details.put("entry", entryId);
		details.put("amountWon", amount.value());
		details.put("disbursedOn", disbursedOn.toString());
		details.put("reference", reference);
		details.put("disbursedWon", disbursedAfter.value());
		details.put("status", statusAfter.name());
		return details;
	}

}
