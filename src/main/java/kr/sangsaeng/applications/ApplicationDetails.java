package kr.sangsaeng.applications;

import java.util.List;

/**
 * An application with its documents and its timeline.
 */
public record ApplicationDetails(ApplicationView application, List<DocumentInfo> documents,
		List<TimelineEntry> timeline) {
}
