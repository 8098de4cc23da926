package kr.sangsaeng.applications;

import java.time.Instant;
import java.util.List;

import kr.sangsaeng.identity.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The story of each application: status changes, messages between agency and SME, documents added.
 */
@Component
class ApplicationTimeline {

	enum Kind {

		STATUS_CHANGED, MESSAGE_FROM_AGENCY, ANSWER_FROM_SME, DOCUMENT_ADDED, NOTE

	}

	private final JdbcClient jdbc;

	ApplicationTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long applicationId, Kind kind, ApplicationStatus from, ApplicationStatus to, String body,
			Actor actor, Instant at) {
		record(applicationId, kind, from, to, body, null, actor, at);
	}

	void record(long applicationId, Kind kind, ApplicationStatus from, ApplicationStatus to, String body,
			RejectionReason reason, Actor actor, Instant at) {
		jdbc.sql("insert into application_timeline_entry "
				+ "(application_id, kind, from_status, to_status, body, reason_code, actor, actor_role, at) "
				+ "values (:application, :kind, :from, :to, :body, :reason, :actor, :role, :at)")
			.param("reason", reason == null ? null : reason.name())
			.param("application", applicationId)
			.param("kind", kind.name())
			.param("from", from == null ? null : from.name())
			.param("to", to == null ? null : to.name())
			.param("body", body)
			.param("actor", actor.name())
			.param("role", actor.role())
			.param("at", java.sql.Timestamp.from(at))
			.update();
	}

	List<TimelineEntry> of(long applicationId) {
		return jdbc
			.sql("select kind, from_status, to_status, body, actor, actor_role, at, reason_code "
					+ "from application_timeline_entry "
					+ "where application_id = :application order by at, id")
			.param("application", applicationId)
			.query((row, number) -> new TimelineEntry(row.getString(1),
					row.getString(2) == null ? null : ApplicationStatus.valueOf(row.getString(2)),
					row.getString(3) == null ? null : ApplicationStatus.valueOf(row.getString(3)), row.getString(4),
					actor(row.getString(5), row.getString(6)), row.getTimestamp(7).toInstant(),
					row.getString(8) == null ? null : RejectionReason.valueOf(row.getString(8))))
			.list();
	}

	/**
	 * Entries written before every step named its actor's role were the system's own.
	 */
	private static Actor actor(String name, String role) {
		return new Actor(name, role == null ? Actor.SYSTEM_ROLE : role);
	}

}
