package kr.sangsaeng.review;

import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.AuditableEvent;

/**
 * The SME's representative accepted the guarantee agreement online (전자약정). The trail keeps the text accepted,
 * its SHA-256 and the name typed; who accepted and from where the trail records with every entry.
 */
public record GuaranteeAgreementAccepted(ApplicationId application, String guaranteeNumber, String representativeName,
		String acceptedText, String textSha256, String clientAddress) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "application:" + application.value();
	}

	@Override
	public String auditAction() {
		return "guarantee.agreement-accepted";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("guaranteeNumber", guaranteeNumber);
		details.put("representativeName", representativeName);
		details.put("textSha256", textSha256);
		details.put("clientAddress", clientAddress);
		details.put("acceptedText", acceptedText);
		return details;
	}

}
