package kr.sangsaeng.disbursement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.BankCode;

/**
 * The lending bank acknowledged receiving a loan's guarantee certificate: it may now pay the loan out.
 */
public record CertificateAcknowledged(ApplicationId loan, String guaranteeNumber, BankCode bankCode, String actor,
		Instant acknowledgedAt) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "application:" + loan.value();
	}

	@Override
	public String auditAction() {
		return "loan.certificate-acknowledged";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("guaranteeNumber", guaranteeNumber);
		details.put("bank", bankCode.value());
		return details;
	}

}
