package kr.sangsaeng.notification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.applications.ApplicationStatusChanged;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A notification is written with the change it follows: the two commit together or not at all.
 */
@SangsaengTest
class NotificationsWithTheirChangeTests {

	static final ProgrammeCode PROGRAMME = new ProgrammeCode("POSCO-IBK-KSURE");

	static final Won AMOUNT = Won.of(300_000_000);

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

	@Test
	void theSubmissionsNotificationIsThereAsSoonAsTheSubmissionReturns() {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = draft(sme);

		applications.submit(sme, id);

		assertThat(submittedNotifications(sme, id)).isEqualTo(1);
		assertThat(notifications.unread(sme.organisationId())).isEqualTo(1);
	}

	@Test
	void aSubmissionWhoseNotificationCannotBeWrittenStaysADraftAndCanBeSubmittedAgain() {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = draft(sme);
		String refusal = "notification_refused_for_" + id.value();
		jdbc.sql("alter table notification add constraint " + refusal + " check (application_id <> " + id.value()
				+ ") not valid").update();
		try {
			assertThatThrownBy(() -> applications.submit(sme, id)).isInstanceOf(DataAccessException.class);
		}
		finally {
			jdbc.sql("alter table notification drop constraint " + refusal).update();
		}
		assertThat(statusOf(id)).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(submittedNotifications(sme, id)).isZero();

		applications.submit(sme, id);

		assertThat(statusOf(id)).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(submittedNotifications(sme, id)).isEqualTo(1);
	}

	@Test
	void aChangePublishedTwiceNotifiesOnce() {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = started(sme);
		ApplicationStatusChanged submitted = submittedNow(sme, id);

		for (int time = 0; time < 2; time++) {
			transactions.executeWithoutResult(status -> events.publishEvent(submitted));
		}

		assertThat(submittedNotifications(sme, id)).isEqualTo(1);
	}

	@Test
	void aChangeTakenBackLeavesNoNotification() {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = started(sme);
		ApplicationStatusChanged submitted = submittedNow(sme, id);

		transactions.executeWithoutResult(status -> {
			events.publishEvent(submitted);
			status.setRollbackOnly();
		});

		assertThat(submittedNotifications(sme, id)).isZero();
	}

	private ApplicationId started(Applicant sme) {
		return applications.startDraft(sme, PROGRAMME, TestSmes.content(AMOUNT));
	}

	private ApplicationId draft(Applicant sme) {
		ApplicationId id = started(sme);
		TestChecklists.complete(applications, sme, id, TestSmes.businessPlan());
		return id;
	}

	/**
	 * The event a submission of the application would publish now, without the submission.
	 */
	private static ApplicationStatusChanged submittedNow(Applicant sme, ApplicationId id) {
		return new ApplicationStatusChanged(id, PROGRAMME, sme.organisationId(), ApplicationStatus.DRAFT,
				ApplicationStatus.SUBMITTED, AMOUNT, null, "test", Instant.now().truncatedTo(ChronoUnit.MICROS));
	}

	private ApplicationStatus statusOf(ApplicationId id) {
		return jdbc.sql("select status from guarantee_application where id = :id")
			.param("id", id.value())
			.query((row, number) -> ApplicationStatus.valueOf(row.getString(1)))
			.single();
	}

	private long submittedNotifications(Applicant sme, ApplicationId id) {
		return notifications.recent(sme.organisationId())
			.stream()
			.filter(notification -> notification.applicationId() == id.value()
					&& notification.status() == ApplicationStatus.SUBMITTED)
			.count();
	}

}
