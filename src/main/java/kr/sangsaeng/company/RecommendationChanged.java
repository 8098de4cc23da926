package kr.sangsaeng.company;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;

/**
 * A funder issued or withdrew a recommendation, or an application came to carry one.
 */
public record RecommendationChanged(RecommendationView recommendation, Change change, String changedBy,
		Instant changedAt) implements AuditableEvent {

	public enum Change {

		ISSUED, WITHDRAWN, ATTACHED

	}

	@Override
	public String auditSubject() {
		return "recommendation:" + recommendation.id();
	}

	@Override
	public String auditAction() {
		return "recommendation." + change.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("funder", recommendation.funderCode());
		details.put("partner", recommendation.number().formatted());
		details.put("agreement", recommendation.agreementCode());
		details.put("tier", recommendation.tier());
		details.put("amountWon", recommendation.amount().value());
		details.put("validUntil", recommendation.validUntil().toString());
		details.put("applicationId", recommendation.applicationId());
		return details;
	}

}
