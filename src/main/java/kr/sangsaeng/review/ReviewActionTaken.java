package kr.sangsaeng.review;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.AuditableEvent;

/**
 * Agency staff took a step of a review: took or handed over an application, or decided on it with a comment.
 */
public record ReviewActionTaken(ApplicationId application, AgencyCode agencyCode, ReviewAction action)
		implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "application:" + application.value();
	}

	@Override
	public String auditAction() {
		return "review." + action.kind().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("agency", agencyCode.value());
		if (action.assignee() != null) {
			details.put("assignee", action.assignee());
		}
		if (action.reason() != null) {
			details.put("reason", action.reason().name());
		}
		if (action.amount() != null) {
			details.put("amountWon", action.amount().value());
			details.put("ratioPercent", action.ratio().plain());
			details.put("feePercent", action.feeRate().plain());
		}
		if (!action.comment().isEmpty()) {
			details.put("comment", action.comment());
		}
		if (action.messageToApplicant() != null) {
			details.put("message", action.messageToApplicant());
		}
		return details;
	}

}
