package kr.sangsaeng.applications;

import java.util.Comparator;
import java.util.List;

/**
 * An application with its documents in the slots of its agreement's checklist, and its timeline.
 */
public record ApplicationDetails(ApplicationView application, DocumentChecklist checklist,
		List<TimelineEntry> timeline) {

	/**
	 * Every document of the application, in the order they were uploaded.
	 */
	public List<DocumentInfo> documents() {
		return checklist.slots()
			.stream()
			.flatMap(slot -> slot.documents().stream())
			.sorted(Comparator.comparing(DocumentInfo::uploadedAt).thenComparing(DocumentInfo::id))
			.toList();
	}

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
