package kr.sangsaeng.company;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

/**
 * An SME uploaded its business registration certificate to prove its number; it waits for an agency officer.
 *
 * @param certificateId the certificate
 * @param organisationId the company that uploaded it
 * @param replaced the certificate that was waiting before and that this one replaces, or {@code null}
 * @param at when
 */
public record CertificateUploaded(long certificateId, long organisationId, BusinessRegistrationNumber businessNumber,
		String fileName, Long replaced, Instant at) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "company:" + businessNumber.digits();
	}

	@Override
	public String auditAction() {
		return "company.certificate-uploaded";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("certificateId", certificateId);
		details.put("organisationId", organisationId);
		details.put("fileName", fileName);
		if (replaced != null) {
			details.put("replacedCertificate", replaced);
		}
		return details;
	}

}
