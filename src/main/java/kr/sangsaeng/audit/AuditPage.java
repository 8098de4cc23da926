package kr.sangsaeng.audit;

import java.util.List;

/**
 * A page of the trail, newest first.
 *
 * @param entries the entries of this page
 * @param olderBefore the sequence number to ask entries {@linkplain AuditQuery#before(Long) before} for the next,
 * older page; {@code null} on the last page
 */
public record AuditPage(List<AuditEntry> entries, Long olderBefore) {

	public boolean hasOlder() {
		return olderBefore != null;
	}

}
