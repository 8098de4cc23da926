package kr.sangsaeng.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;

/**
 * An SME proved that its business registration number is its own: from now on it is the number's only verified
 * owner, and the other companies that claimed the number lost their claim.
 *
 * @param organisationId the owner's organisation
 * @param businessNumber the number, ten digits
 * @param superseded the organisations whose claims of the number lapsed
 * @param at when
 */
public record OwnershipProved(long organisationId, String businessNumber, List<Long> superseded, Instant at)
		implements AuditableEvent {

	public OwnershipProved {
		superseded = List.copyOf(superseded);
	}

	@Override
	public String auditSubject() {
		return "company:" + businessNumber;
	}

	@Override
	public String auditAction() {
		return "company.ownership-verified";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("organisationId", organisationId);
		details.put("superseded", superseded.toString());
		return details;
	}

}
