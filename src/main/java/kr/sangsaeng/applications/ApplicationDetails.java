package kr.sangsaeng.applications;

import java.util.List;

/**
 * An application with its documents and its timeline.
 */
public record ApplicationDetails(ApplicationView application, List<DocumentInfo> documents,
		List<TimelineEntry> timeline) {

	/**
	 * What the agency told the SME when it approved (why it approved less than asked for), or {@code null}.
	 */
	public String approvalExplanation() {
		return timeline.stream()
			.filter(entry -> entry.isStatusChange() && entry.to() == ApplicationStatus.APPROVED
					&& entry.from() != null && !entry.from().isGuaranteed())
			.findFirst()
			.map(TimelineEntry::body)
			.orElse(null);
	}

}
