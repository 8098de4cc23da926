package kr.sangsaeng.company;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

/**
 * A one-time code proving a business registration number is to be mailed to the contact a funder's partner list
 * holds for the number. The code is carried only to be mailed; it appears in no audit entry and no log.
 *
 * @param organisationId the company that asked for the code
 * @param to the partner list's contact address
 * @param code the code, shown once, in the mail
 * @param requestedBy the account that asked
 */
public record OwnershipCodeMailed(long organisationId, BusinessRegistrationNumber businessNumber, String companyName,
		String to, String code, Instant expiresAt, String requestedBy, Instant at) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "company:" + businessNumber.digits();
	}

	@Override
	public String auditAction() {
		return "company.ownership-code-mailed";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("organisationId", organisationId);
		details.put("to", to);
		details.put("account", requestedBy);
		details.put("expiresAt", expiresAt.toString());
		return details;
	}

	@Override
	public String toString() {
		return "OwnershipCodeMailed[" + businessNumber + ", " + organisationId + "]";
	}

}
