package kr.sangsaeng.applications;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.SeoulTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds SMEs of the agency's requests for information they have not answered, {@link #DAYS_BEFORE} days before
 * the deadline (days in Seoul). Each reminder of each request goes out once: it is written down in
 * {@code information_reminder} in the transaction that announces it, so a second run or a second instance adds
 * nothing. A reminder whose day passed while nothing ran is replaced by the next one; one whose day came before
 * the request was made is skipped. When the deadline passes nothing happens to the application: the reviewer's
 * queue shows it overdue and the reviewer decides.
 */
@Component
class InformationReminders {

	static final List<Integer> DAYS_BEFORE = List.of(3, 1);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InformationReminders(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${sangsaeng.information.remind-cron:0 5 * * * *}", zone = "Asia/Seoul")
	@SchedulerLock(name = "information-reminders", lockAtMostFor = "PT10M")
	@Transactional
	public void remindDue() {
		Instant now = clock.instant();
		LocalDate today = SeoulTime.today(clock);
		int largest = DAYS_BEFORE.stream().mapToInt(Integer::intValue).max().orElse(0);
		List<Waiting> waiting = jdbc
			.sql("select id, organisation_id, information_due_on, information_requested_at from guarantee_application "
					+ "where status = 'INFO_REQUESTED' and information_due_on between :today and :last")
			.param("today", Date.valueOf(today))
			.param("last", Date.valueOf(today.plusDays(largest)))
			.query((row, number) -> new Waiting(row.getLong(1), row.getLong(2), row.getDate(3).toLocalDate(),
					row.getTimestamp(4) == null ? null : row.getTimestamp(4).toInstant()))
			.list();
		for (Waiting application : waiting) {
			long daysLeft = ChronoUnit.DAYS.between(today, application.dueOn());
			Integer reminder = DAYS_BEFORE.stream()
				.filter(days -> days >= daysLeft)
				.min(Integer::compare)
				.orElse(null);
			if (reminder == null || daysLeft == 0 || !remindedAfterRequest(application, reminder)) {
				continue;
			}
			boolean first = jdbc
				.sql("insert into information_reminder (application_id, due_on, days_before, sent_at) "
						+ "values (:application, :due, :days, :now) on conflict do nothing")
				.param("application", application.id())
				.param("due", Date.valueOf(application.dueOn()))
				.param("days", reminder)
				.param("now", Timestamp.from(now))
				.update() == 1;
			if (first) {
				events.publishEvent(new InformationReminderDue(new ApplicationId(application.id()),
						application.organisationId(), application.dueOn(), reminder, now));
			}
		}
	}

	/**
	 * A reminder is due only if its day came after the day of the request: a request with a short deadline is
	 * its own reminder.
	 */
	private static boolean remindedAfterRequest(Waiting application, int daysBefore) {
		if (application.requestedAt() == null) {
			return true;
		}
		LocalDate requestedOn = application.requestedAt().atZone(SeoulTime.ZONE).toLocalDate();
		return application.dueOn().minusDays(daysBefore).isAfter(requestedOn);
	}

	private record Waiting(long id, long organisationId, LocalDate dueOn, Instant requestedAt) {
	}

}
