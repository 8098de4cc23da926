package kr.sangsaeng.company;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;

/**
 * A tier-1 partner nominated one of its suppliers to a funder or withdrew the nomination, or the funder confirmed or
 * refused it.
 */
public record SupplierNominationChanged(NominationView nomination, Change change, String changedBy, Instant changedAt)
		implements AuditableEvent {

	public enum Change {

		NOMINATED, CONFIRMED, REFUSED, WITHDRAWN

	}

	@Override
	public String auditSubject() {
		return "nomination:" + nomination.id();
	}

	@Override
	public String auditAction() {
		return "nomination." + change.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("funder", nomination.funderCode());
		details.put("nominatedBy", nomination.nominator().formatted());
		details.put("partner", nomination.number().formatted());
		details.put("tier", nomination.tier());
		details.put("through", nomination.through() == null ? null : nomination.through().formatted());
		details.put("reason", nomination.refusalReason());
		return details;
	}

}
