package kr.sangsaeng.notification;

import java.time.Duration;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SangsaengTest
class NotificationsAfterCommitTests {

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	Notifications notifications;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNotificationThatCouldNotBeWrittenIsWrittenOnceWhenItsEventIsHandedOverAgain() {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, new ProgrammeCode("POSCO-IBK-KSURE"), TestSmes.content(Won.of(300_000_000)));
		TestChecklists.complete(applications, sme, id, TestSmes.businessPlan());
		await().atMost(Duration.ofSeconds(10)).until(() -> unfinishedFor(id) == 0);
		String refusal = "notification_refused_for_" + id.value();
		jdbc.sql("alter table notification add constraint " + refusal + " check (application_id <> " + id.value()
				+ ") not valid").update();
		try {
			applications.submit(sme, id);
			await().atMost(Duration.ofSeconds(10)).until(() -> unfinishedFor(id) == 1);
		}
		finally {
			jdbc.sql("alter table notification drop constraint " + refusal).update();
		}
		assertThat(submittedNotifications(sme, id)).as("the submission committed without its notification").isZero();

		incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(Duration.ZERO));

		await().atMost(Duration.ofSeconds(10)).until(() -> unfinishedFor(id) == 0);
		assertThat(submittedNotifications(sme, id)).isEqualTo(1);
	}

	@Test
	void anEventHandedOverTwiceNotifiesOnce() {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, new ProgrammeCode("POSCO-IBK-KSURE"), TestSmes.content(Won.of(300_000_000)));
		ApplicationStatusChanged submitted = new ApplicationStatusChanged(id, new ProgrammeCode("POSCO-IBK-KSURE"), sme.organisationId(),
				ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, Won.of(300_000_000), null, "test",
				Instant.now().truncatedTo(ChronoUnit.MICROS));

		for (int time = 0; time < 2; time++) {
			transactions.executeWithoutResult(status -> events.publishEvent(submitted));
			await().atMost(Duration.ofSeconds(10)).until(() -> unfinishedFor(id) == 0);
		}

		assertThat(submittedNotifications(sme, id)).isEqualTo(1);
	}

	private long unfinishedFor(ApplicationId id) {
		return jdbc
			.sql("select count(*) from event_publication where completion_date is null "
					+ "and listener_id like '%Notifications%' and serialized_event like :application")
			.param("application", "%\"application\":{\"value\":" + id.value() + "}%")
			.query(Long.class)
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
