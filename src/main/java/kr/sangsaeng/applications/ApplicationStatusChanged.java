package kr.sangsaeng.applications;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.program.ProgrammeCode;

/**
 * An application moved from one status to another.
 *
 * @param organisationId the applying SME's organisation
 * @param message what the agency or SME wrote with the change, if anything
 */
public record ApplicationStatusChanged(ApplicationId application, ProgrammeCode programmeCode, long organisationId,
		ApplicationStatus from, ApplicationStatus to, Won amount, String message, String actor, Instant at)
		implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "application:" + application.value();
	}

	@Override
	public String auditAction() {
		return "application.status-changed";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("programme", programmeCode.value());
		details.put("from", from == null ? null : from.name());
		details.put("to", to.name());
		details.put("amountWon", amount == null ? null : amount.value());
		if (message != null) {
			details.put("message", message);
		}
		return details;
	}

}
