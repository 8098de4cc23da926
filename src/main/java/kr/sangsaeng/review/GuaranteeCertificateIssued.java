package kr.sangsaeng.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.Won;

/**
 * The SME accepted the guarantee agreement and its fee, net of the funders' subsidy, was recorded as paid: the
 * agency issued the guarantee certificate, which goes to the lending bank.
 *
 * @param feePaid what the SME paid for the first year of the guarantee
 */
public record GuaranteeCertificateIssued(ApplicationId application, String guaranteeNumber, Won feePaid,
		String actor, Instant issuedAt) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "application:" + application.value();
	}

	@Override
	public String auditAction() {
		return "guarantee.certificate-issued";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("guaranteeNumber", guaranteeNumber);
		details.put("feePaidWon", feePaid.value());
		return details;
	}

}
