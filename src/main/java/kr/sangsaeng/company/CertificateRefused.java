package kr.sangsaeng.company;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

/**
 * An agency officer checked an SME's business registration certificate and refused it, saying why; the company
 * stays unverified and may upload another.
 *
 * @param certificateId the certificate
 * @param organisationId the company
 * @param reason why, as the officer wrote it; the company reads it
 * @param officer the officer who checked it
 * @param at when
 */
public record CertificateRefused(long certificateId, long organisationId, BusinessRegistrationNumber businessNumber,
		String reason, String officer, Instant at) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "company:" + businessNumber.digits();
	}

	@Override
	public String auditAction() {
		return "company.certificate-refused";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("certificateId", certificateId);
		details.put("organisationId", organisationId);
		details.put("reason", reason);
		return details;
	}

}
