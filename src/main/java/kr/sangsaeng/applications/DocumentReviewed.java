package kr.sangsaeng.applications;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.AuditableEvent;

/**
 * A reviewer accepted one document of an application, or asked for it again with a reason.
 */
public record DocumentReviewed(ApplicationId application, long documentId, String documentType, DocumentReview review,
		String reason, String reviewer, Instant at) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "application:" + application.value();
	}

	@Override
	public String auditAction() {
		return "application.document-reviewed";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("document", documentId);
		details.put("documentType", documentType);
		details.put("review", review);
		if (reason != null) {
			details.put("reason", reason);
		}
		return details;
	}

}
