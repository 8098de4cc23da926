package kr.sangsaeng.disbursement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.BankCode;

/**
 * A step of a change of a guaranteed loan: requested, recommended for a second person, approved or rejected.
 *
 * @param bankCode the lending bank after the step (the new one once a bank change is approved)
 * @param text the reason of the request, or of the rejection
 */
public record LoanChangeRecorded(long change, ApplicationId loan, long organisationId, BankCode bankCode,
		AgencyCode agencyCode, LoanChangeKind kind, LoanChangeStatus status, LoanChange figures, String text,
		String actor, Instant at) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "application:" + loan.value();
	}

	@Override
	public String auditAction() {
		return "loan-change." + status.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("change", change);
		details.put("kind", kind.name());
		details.put("previousWon", figures.previousAmount().value());
		details.put("newWon", figures.newAmount().value());
		details.put("previousTermMonths", figures.previousTermMonths());
		details.put("newTermMonths", figures.newTermMonths());
		details.put("previousBank", figures.previousBank().value());
		details.put("newBank", figures.newBank().value());
		if (text != null) {
			details.put(status == LoanChangeStatus.REJECTED ? "rejectionReason" : "reason", text);
		}
		return details;
	}

}
