package kr.sangsaeng.disbursement;

import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.program.ProgrammeCode;

/**
 * A bank reported a loan repaid or defaulted, or cancelled it before any payment.
 *
 * @param released what the programme's capacity got back, zero for a default
 */
public record LoanStatusChanged(ApplicationId loan, ProgrammeCode programmeCode, BankCode bankCode, LoanStatus from,
		LoanStatus to, Won released, String actor) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "application:" + loan.value();
	}

	@Override
	public String auditAction() {
		return "loan.status-changed";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("bank", bankCode.value());
		details.put("from", from.name());
		details.put("to", to.name());
		details.put("releasedWon", released.value());
		return details;
	}

}
