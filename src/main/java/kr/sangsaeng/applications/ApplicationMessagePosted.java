package kr.sangsaeng.applications;

import java.time.Instant;
import java.util.Map;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.AuditableEvent;

/**
 * The agency or the SME wrote on an application without changing its status, or added a document.
 *
 * @param fromAgency whether the agency wrote it (else the SME)
 */
public record ApplicationMessagePosted(ApplicationId application, long organisationId, boolean fromAgency,
		String kind, String actor, Instant at) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "application:" + application.value();
	}

	@Override
	public String auditAction() {
		return "application." + kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("fromAgency", fromAgency);
	}

}
