package kr.sangsaeng.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of the audit trail.
 *
 * @param sequenceNumber its place in the chain, from 1 without gaps
 * @param occurredAt when it was recorded
 * @param username who: the signed-in user's username, {@code system} when no person was involved or
 * {@code anonymous} when nobody was signed in
 * @param role the signed-in user's role, if any
 * @param organisationCode the signed-in user's organisation, if any
 * @param subject what it is about, as {@code kind:id}
 * @param action what happened, as a dotted name
 * @param details the facts of the change: before and after values, amounts, reasons
 * @param clientIp the address the request came from, if there was a request
 * @param userAgent the browser or program that sent the request, shortened
 * @param hash its hash in the chain
 */
public record AuditEntry(long sequenceNumber, Instant occurredAt, String username, String role,
		String organisationCode, String subject, String action, Map<String, Object> details, String clientIp,
		String userAgent, String hash) {

	public AuditEntry {
		details = details == null ? Map.of() : details;
	}

}
