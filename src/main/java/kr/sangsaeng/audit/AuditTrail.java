package kr.sangsaeng.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail: per subject (an application, a programme), per user, per action and per period,
 * newest first, a page at a time.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	private static final Pattern APPLICATION_SUBJECT = Pattern.compile("application:([0-9]{1,18})");

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public AuditPage search(AuditQuery query) {
		StringBuilder sql = new StringBuilder("select e.sequence_number, e.occurred_at, e.username, e.role, "
				+ "e.organisation_code, e.subject, e.action, e.details::text, host(e.client_ip), e.user_agent, e.hash "
				+ "from audit_entry e where true");
		Map<String, Object> params = new HashMap<>();
		if (query.subject() != null) {
			Matcher application = APPLICATION_SUBJECT.matcher(query.subject());
			if (application.matches()) {
				sql.append(" and (e.subject = :subject or e.details ->> 'applicationId' = :applicationId)");
				params.put("applicationId", Long.toString(Long.parseLong(application.group(1))));
			}
			else {
				sql.append(" and e.subject = :subject");
			}
			params.put("subject", query.subject());
		}
		if (query.username() != null) {
			sql.append(" and lower(e.username) = lower(:username)");
			params.put("username", query.username());
		}
		if (query.action() != null) {
			sql.append(" and (e.action = :action or starts_with(e.action, :actionFamily))");
			params.put("action", query.action());
			params.put("actionFamily", query.action() + ".");
		}
		if (query.from() != null) {
			sql.append(" and e.occurred_at >= :from");
			params.put("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
		}
		if (query.until() != null) {
			sql.append(" and e.occurred_at < :until");
			params.put("until", OffsetDateTime.ofInstant(query.until(), ZoneOffset.UTC));
		}
		if (query.before() != null) {
			sql.append(" and e.sequence_number < :before");
			params.put("before", query.before());
		}
		sql.append(" order by e.sequence_number desc limit :limit");
		params.put("limit", query.limit() + 1);
		List<AuditEntry> entries = jdbc.sql(sql.toString()).params(params).query(this::entry).list();
		if (entries.size() > query.limit()) {
			List<AuditEntry> page = entries.subList(0, query.limit());
			return new AuditPage(List.copyOf(page), page.get(page.size() - 1).sequenceNumber());
		}
		return new AuditPage(entries, null);
	}

	/**
	 * The sequence number of the newest committed entry; 0 when the trail is empty.
	 */
	public long lastSequenceNumber() {
		return jdbc.sql("select coalesce(max(sequence_number), 0) from audit_entry").query(Long.class).single();
	}

	private AuditEntry entry(ResultSet row, int number) throws SQLException {
		return new AuditEntry(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3),
				row.getString(4), row.getString(5), row.getString(6), row.getString(7),
				json.readValue(row.getString(8), DETAILS), row.getString(9), row.getString(10), row.getString(11));
	}

}
