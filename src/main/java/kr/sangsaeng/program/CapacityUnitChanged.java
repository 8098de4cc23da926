package kr.sangsaeng.program;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;

/**
 * The administrator changed the unit in which an agreement states and consumes its capacity, while nothing was
 * reserved under it.
 */
public record CapacityUnitChanged(ProgrammeCode programme, AgreementCode agreement, CapacityUnit from,
		CapacityUnit to, String reason, String actor, Instant at) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "programme:" + programme.value();
	}

	@Override
	public String auditAction() {
		return "capacity.unit-changed";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("agreement", agreement.value());
		details.put("from", from.name());
		details.put("to", to.name());
		details.put("reason", reason);
		return details;
	}

}
