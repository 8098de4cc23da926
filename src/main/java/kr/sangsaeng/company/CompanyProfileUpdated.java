package kr.sangsaeng.company;

import java.time.Instant;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

/**
 * An SME has changed its company profile.
 *
 * @param organisationId the SME's organisation in the identity module
 * @param businessNumber its business registration number
 * @param updatedBy the account that made the change
 * @param updatedAt when
 */
public record CompanyProfileUpdated(long organisationId, BusinessRegistrationNumber businessNumber, long updatedBy,
		Instant updatedAt) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "company:" + businessNumber.digits();
	}

	@Override
	public String auditAction() {
		return "company.profile-updated";
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("organisationId", organisationId, "account", updatedBy);
	}

}
