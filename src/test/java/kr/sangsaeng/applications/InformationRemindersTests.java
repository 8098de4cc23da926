package kr.sangsaeng.applications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.WithMailServer;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.notification.Notification;
import kr.sangsaeng.notification.Notifications;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.SeoulTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Requests for information carry a deadline; the SME is reminded 3 days and 1 day before it (days in Seoul), each
 * reminder once, in the application and by mail, and not at all once it answered.
 */
class InformationRemindersTests extends WithMailServer {

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	Notifications notifications;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	InformationReminders scheduledReminders;

	@Test
	void theHourlyRunTakesItsLockAsTheSchedulerCallsIt() {
		Timestamp before = jdbc.sql("select timezone('utc', clock_timestamp())")
			.query(Timestamp.class)
			.single();

		scheduledReminders.remindDue();

		assertThat(jdbc.sql("select count(*) from shedlock where name = 'information-reminders' and locked_at >= :before")
			.param("before", before)
			.query(Long.class)
			.single()).as("a run of the reminders that took the lock the instances share").isEqualTo(1L);
	}

	@Test
	void theSmeIsRemindedThreeDaysAndOneDayBeforeTheDeadlineEachOnceAndInItsLanguage() {
		Applicant sme = smeWithAccount("en");
		LocalDate dueOn = SeoulTime.today(clock).plusDays(10);
		ApplicationId id = askedForInformation(sme, dueOn);
		String receipt = applications.labels(List.of(id.value())).get(id.value()).receipt();

		MimeMessage request = awaitMail(sme.username(), "asks for more information", 1);
		assertThat(subjectOf(request)).contains("Receipt no. " + receipt, "by " + dueOn);

		assertThat(remindersAfter(id, dueOn.minusDays(5), 9)).as("five days before").isEmpty();
		assertThat(remindersAfter(id, dueOn.minusDays(3), 0)).as("three days before, just after midnight in Seoul")
			.containsExactly(3);
		assertThat(remindersAfter(id, dueOn.minusDays(3), 18)).as("the same day again").containsExactly(3);
		assertThat(remindersAfter(id, dueOn.minusDays(2), 9)).as("two days before").containsExactly(3);
		assertThat(remindersAfter(id, dueOn.minusDays(1), 9)).as("one day before").containsExactly(3, 1);
		assertThat(remindersAfter(id, dueOn.minusDays(1), 9)).as("one day before, a second instance")
			.containsExactly(3, 1);
		assertThat(remindersAfter(id, dueOn, 9)).as("on the day").containsExactly(3, 1);
		assertThat(remindersAfter(id, dueOn.plusDays(1), 9)).as("after the deadline").containsExactly(3, 1);

		MimeMessage second = awaitMail(sme.username(), "Reminder", 2);
		List<MimeMessage> reminders = mailTo(sme.username()).stream()
			.filter(mail -> subjectOf(mail).contains("Reminder"))
			.toList();
		assertThat(reminders).hasSize(2).allSatisfy(mail -> {
			assertThat(subjectOf(mail)).contains("Receipt no. " + receipt, "is due on " + dueOn);
			assertThat(bodyOf(mail)).contains("Dear Kim Daepyo,", "/applications/" + id.value());
		});
		assertThat(second).isNotNull();
		List<Notification> inApp = notifications.recent(sme.organisationId())
			.stream()
			.filter(notification -> Notification.INFORMATION_DUE.equals(notification.kind()))
			.toList();
		assertThat(inApp).hasSize(2).allSatisfy(notification -> assertThat(notification.dueOn()).isEqualTo(dueOn));
		assertThat(applications.details(id).orElseThrow().application().informationOverdue(dueOn.plusDays(1)))
			.as("the reviewer's queue shows it overdue; nothing rejects it")
			.isTrue();
		assertThat(applications.details(id).orElseThrow().application().status())
			.isEqualTo(ApplicationStatus.INFO_REQUESTED);
	}

	@Test
	void anSmeThatAnsweredIsNotReminded() {
		Applicant sme = smeWithAccount("ko");
		LocalDate dueOn = SeoulTime.today(clock).plusDays(7);
		ApplicationId id = askedForInformation(sme, dueOn);
		applications.answer(sme, id, "재무제표를 첨부했습니다.");

		assertThat(remindersAfter(id, dueOn.minusDays(3), 9)).isEmpty();
		assertThat(remindersAfter(id, dueOn.minusDays(1), 9)).isEmpty();
		assertThat(notifications.recent(sme.organisationId()))
			.noneMatch(notification -> Notification.INFORMATION_DUE.equals(notification.kind()));
	}

	@Test
	void aDeadlineSoonerThanAReminderSkipsThatReminder() {
		Applicant sme = smeWithAccount("ko");
		LocalDate dueOn = SeoulTime.today(clock).plusDays(2);
		ApplicationId id = askedForInformation(sme, dueOn);

		assertThat(remindersAfter(id, SeoulTime.today(clock), 12)).as("the request itself told the deadline")
			.isEmpty();
		assertThat(remindersAfter(id, dueOn.minusDays(1), 9)).containsExactly(1);
	}

	@Test
	void theDeadlineLiesAfterTodayAndWithinSixtyDays() {
		Applicant sme = smeWithAccount("ko");
		ApplicationId id = TestSmes.submitted(applications, sme);
		long version = TestSmes.version(applications, id);
		ApplicationView assigned = applications.assign(id, version, "kodit.reviewer", Actor.person("kodit.reviewer",
				Role.AGENCY_REVIEWER));
		LocalDate today = SeoulTime.today(clock);
		for (LocalDate refused : List.of(today, today.minusDays(1), today.plusDays(61))) {
			assertThatThrownBy(() -> applications.requestInformation(id, assigned.version(), "자료", refused, Actor.person("r",
					Role.AGENCY_REVIEWER)))
				.isInstanceOfSatisfying(ApplicationRuleException.class,
						refusal -> assertThat(refusal.field()).isEqualTo("dueOn"));
		}
		assertThat(applications.details(id).orElseThrow().application().status())
			.isEqualTo(ApplicationStatus.UNDER_REVIEW);
		applications.requestInformation(id, assigned.version(), "자료", today.plusDays(60), Actor.person("r", Role.AGENCY_REVIEWER));
		assertThat(applications.details(id).orElseThrow().application().informationDueOn())
			.isEqualTo(today.plusDays(60));
	}

	private ApplicationId askedForInformation(Applicant sme, LocalDate dueOn) {
		ApplicationId id = TestSmes.submitted(applications, sme);
		ApplicationView assigned = applications.assign(id, TestSmes.version(applications, id), "ksure.reviewer",
				Actor.person("ksure.reviewer", Role.AGENCY_REVIEWER));
		applications.requestInformation(id, assigned.version(), "최근 결산 재무제표를 보내 주세요.", dueOn,
				Actor.person("ksure.reviewer", Role.AGENCY_REVIEWER));
		return id;
	}

	/**
	 * Runs the reminders as an instance whose clock shows {@code hour} o'clock in Seoul on {@code day}, and answers
	 * which reminders the application has had so far (days before the deadline), once their notifications are
	 * written.
	 */
	private List<Integer> remindersAfter(ApplicationId id, LocalDate day, int hour) {
		Clock then = Clock.fixed(day.atTime(LocalTime.of(hour, 0)).atZone(SeoulTime.ZONE).toInstant(),
				SeoulTime.ZONE);
		InformationReminders reminders = new InformationReminders(jdbc, events, then);
		transactions.executeWithoutResult(status -> reminders.remindDue());
		// the reminders' own notices, however many other tests' events still wait for their listeners
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null "
					+ "and event_type = :type")
				.param("type", InformationReminderDue.class.getName())
				.query(Long.class)
				.single() == 0);
		return jdbc.sql("select days_before from information_reminder where application_id = :id order by sent_at")
			.param("id", id.value())
			.query(Integer.class)
			.list();
	}

	private Applicant smeWithAccount(String language) {
		Applicant sme = TestSmes.newSme(jdbc);
		TestSmes.openAccount(jdbc, sme, "{noop}unused", "en".equals(language) ? "Kim Daepyo" : "김대표", language);
		return sme;
	}

}
