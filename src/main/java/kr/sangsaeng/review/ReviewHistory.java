package kr.sangsaeng.review;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.applications.RejectionReason;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review actions of each application, in the order they happened.
 */
@Component
class ReviewHistory {

	private static final String COLUMNS = "kind, reason_code, comment, message_to_applicant, approved_won, "
			+ "guarantee_ratio_percent, guarantee_fee_percent, conditions, assignee, actor, actor_role, at";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ReviewHistory(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	void record(ApplicationId application, AgencyCode agencyCode, ReviewAction action) {
		jdbc.sql("insert into review_action (application_id, agency_code, " + COLUMNS + ") values (:application, "
				+ ":agency, :kind, :reason, :comment, :message, :amount, :ratio, :fee, :conditions, :assignee, :actor, "
				+ ":role, :at)")
			.param("application", application.value())
			.param("agency", agencyCode.value())
			.param("kind", action.kind())
			.param("reason", action.reason() == null ? null : action.reason().name())
			.param("comment", action.comment())
			.param("message", action.messageToApplicant())
			.param("amount", action.amount() == null ? null : action.amount().value())
			.param("ratio", action.ratio() == null ? null : action.ratio().value())
			.param("fee", action.feeRate() == null ? null : action.feeRate().value())
			.param("conditions", action.conditions())
			.param("assignee", action.assignee())
			.param("actor", action.actor().name())
			.param("role", action.actor().role())
			.param("at", Timestamp.from(action.at()))
			.update();
		events.publishEvent(new ReviewActionTaken(application, agencyCode, action));
	}

	List<ReviewAction> of(ApplicationId application) {
		return jdbc.sql("select " + COLUMNS + " from review_action where application_id = :application order by at, id")
			.param("application", application.value())
			.query((row, number) -> action(row))
			.list();
	}

	/**
	 * The recommendation an application awaits a second person's decision on: the latest one.
	 */
	Optional<ReviewAction> latestRecommendation(ApplicationId application) {
		return jdbc
			.sql("select " + COLUMNS + " from review_action where application_id = :application "
					+ "and kind = 'RECOMMENDED' order by at desc, id desc limit 1")
			.param("application", application.value())
			.query((row, number) -> action(row))
			.optional();
	}

	private static ReviewAction action(ResultSet row) throws SQLException {
		long amount = row.getLong("approved_won");
		Won won = row.wasNull() ? null : Won.of(amount);
		return new ReviewAction(row.getString("kind"),
				row.getString("reason_code") == null ? null : RejectionReason.valueOf(row.getString("reason_code")),
				row.getString("comment"), row.getString("message_to_applicant"), won,
				percentage(row.getBigDecimal("guarantee_ratio_percent")),
				percentage(row.getBigDecimal("guarantee_fee_percent")), row.getString("conditions"),
				row.getString("assignee"), new Actor(row.getString("actor"), row.getString("actor_role")),
				row.getTimestamp("at").toInstant());
	}

	private static Percentage percentage(BigDecimal value) {
		return value == null ? null : new Percentage(value);
	}

}
