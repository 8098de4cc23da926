package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.Won;

/**
 * The administrator recorded a funder's contribution to an agreement.
 *
 * @param multiple for a special contribution, its multiple; else {@code null}
 * @param capacityFollowed whether the agreement's capacity rose with it
 */
public record ContributionRecorded(ProgrammeCode programme, AgreementCode agreement, String funderCode,
		ContributionKind kind, Won amount, LocalDate receivedOn, BigDecimal multiple, boolean capacityFollowed,
		String actor, Instant at) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "programme:" + programme.value();
	}

	@Override
	public String auditAction() {
		return "contribution.recorded";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("agreement", agreement.value());
		details.put("funder", funderCode);
		details.put("kind", kind.name());
		details.put("amountWon", amount.value());
		details.put("receivedOn", receivedOn.toString());
		if (multiple != null) {
			details.put("multiple", multiple.toPlainString());
		}
		details.put("capacityFollowed", capacityFollowed);
		return details;
	}

}
