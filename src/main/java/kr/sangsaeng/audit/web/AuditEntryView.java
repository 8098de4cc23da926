package kr.sangsaeng.audit.web;

import java.util.List;

import kr.sangsaeng.audit.AuditEntry;

/**
 * An entry of the trail as the page shows it, with its action, role and details in the reader's words.
 *
 * @param exactTime the moment to the second, Korea Standard Time
 * @param actionLabel the action's name, or the action itself where it has none
 * @param roleLabel the role's name, or null
 * @param details the details, one line each; changes read "before → after"
 */
public record AuditEntryView(AuditEntry entry, String exactTime, String actionLabel, String roleLabel,
		List<DetailLine> details) {

	public record DetailLine(String label, String value) {
	}

}
