package kr.sangsaeng.company;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

/**
 * An agency officer checked an SME's business registration certificate and confirmed it: the company is the
 * verified owner of its number (announced as well by the identity module's {@code OwnershipProved}).
 *
 * @param certificateId the certificate
 * @param organisationId the company, now verified
 * @param officer the officer who checked it
 * @param at when
 */
public record CertificateConfirmed(long certificateId, long organisationId, BusinessRegistrationNumber businessNumber,
		String officer, Instant at) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "company:" + businessNumber.digits();
	}

	@Override
	public String auditAction() {
		return "company.certificate-confirmed";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("certificateId", certificateId);
		details.put("organisationId", organisationId);
		return details;
	}

}
