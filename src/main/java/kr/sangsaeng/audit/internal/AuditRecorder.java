package kr.sangsaeng.audit.internal;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the trail. The database numbers, stamps and chains each entry (see
 * {@code V7__audit_trail.sql}); appending holds the chain's end until the transaction ends.
 */
@Component
class AuditRecorder {

	static final int USERNAME_LIMIT = 254;

	static final int SUBJECT_LIMIT = 200;

	static final int ACTION_LIMIT = 100;

	static final String UNKNOWN = "unknown";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditRecorder(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Appends in the caller's transaction, so that the entry commits or rolls back with the change it records;
	 * in a transaction of its own when there is none.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void append(Actor actor, Origin origin, String subject, String action, Map<?, ?> details) {
		insert(actor, origin, subject, action, details);
	}

	/**
	 * Appends in a transaction of its own, for what must stay recorded whatever happens to the caller's work: a
	 * sign-in, a refused request.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void appendOnItsOwn(Actor actor, Origin origin, String subject, String action, Map<?, ?> details) {
		insert(actor, origin, subject, action, details);
	}

	private void insert(Actor actor, Origin origin, String subject, String action, Map<?, ?> details) {
		jdbc.sql("insert into audit_entry (username, role, organisation_code, subject, action, details, client_ip, "
				+ "user_agent) values (:username, :role, :organisation, :subject, :action, cast(:details as jsonb), "
				+ "cast(:clientIp as inet), :userAgent)")
			.param("username", orUnknown(AuditText.line(actor.username(), USERNAME_LIMIT)))
			.param("role", AuditText.line(actor.role(), 32))
			.param("organisation", AuditText.line(actor.organisationCode(), 40))
			.param("subject", orUnknown(AuditText.line(subject, SUBJECT_LIMIT)))
			.param("action", orUnknown(AuditText.line(action, ACTION_LIMIT)))
			.param("details", json.writeValueAsString(AuditDetails.plain(details)))
			.param("clientIp", origin.clientIp())
			.param("userAgent", origin.userAgent())
			.update();
	}

	private static String orUnknown(String text) {
		return text == null || text.isBlank() ? UNKNOWN : text;
	}

}
