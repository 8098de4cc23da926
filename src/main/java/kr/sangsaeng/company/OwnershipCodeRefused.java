package kr.sangsaeng.company;

import java.time.Instant;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

/**
 * A code typed to prove a business registration number was wrong, expired or tried too often.
 *
 * @param reason {@code wrong}, {@code expired}, {@code throttled} or {@code none}
 */
public record OwnershipCodeRefused(long organisationId, BusinessRegistrationNumber businessNumber, String reason,
		String account, Instant at) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "company:" + businessNumber.digits();
	}

	@Override
	public String auditAction() {
		return "company.ownership-code-refused";
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("organisationId", organisationId, "reason", reason, "account", account);
	}

}
