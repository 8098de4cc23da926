package kr.sangsaeng.company;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

/**
 * A funder's partner list was changed by {@code changedBy} at {@code changedAt}.
 *
 * @param funderCode the funder whose list changed, e.g. {@code HYUNDAI}
 * @param change what was done to the list
 * @param partner the partner added, edited or removed by hand; {@code null} for an import
 * @param added how many partners joined the list
 * @param updated how many partners had their company name or tier changed
 * @param removed how many partners left the list
 */
public record PartnerListChanged(String funderCode, Change change, BusinessRegistrationNumber partner, int added,
		int updated, int removed, String changedBy, Instant changedAt) implements AuditableEvent {

	public enum Change {

		IMPORTED, ADDED, EDITED, REMOVED

	}


	@Override
	public String auditSubject() {
		return "partner-list:" + funderCode;
	}

	@Override
	public String auditAction() {
		return "partner-list." + change.name().toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("partner", partner == null ? null : partner.formatted());
		details.put("added", added);
		details.put("updated", updated);
		details.put("removed", removed);
		return details;
	}

}
