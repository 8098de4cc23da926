package kr.sangsaeng.company;

import java.time.Instant;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

/**
 * An SME has signed up: its organisation, account and company profile exist from now on.
 *
 * @param organisationId the SME's organisation in the identity module
 * @param businessNumber its business registration number
 * @param registeredBy the account that signed the company up
 * @param registeredAt when
 */
public record CompanyRegistered(long organisationId, BusinessRegistrationNumber businessNumber, long registeredBy,
		Instant registeredAt) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "company:" + businessNumber.digits();
	}

	@Override
	public String auditAction() {
		return "company.registered";
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("organisationId", organisationId, "account", registeredBy);
	}

}
