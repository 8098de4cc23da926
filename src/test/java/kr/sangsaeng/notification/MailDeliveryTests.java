package kr.sangsaeng.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.WithMailServer;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.applications.ApplicationStatusChanged;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications reach the SME's mailbox, once, also when the mail server was away for a while.
 */
class MailDeliveryTests extends WithMailServer {

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSubmissionIsMailedToTheSmeOnceInItsLanguageNamingTheApplication() throws Exception {
		Applicant sme = smeWithAccount("en");
		ApplicationId id = TestSmes.submitted(applications, sme);

		List<MimeMessage> received = await().atMost(Duration.ofSeconds(15))
			.until(() -> mailTo(sme), messages -> messages.size() == 1);
		MimeMessage mail = received.get(0);
		String receipt = applications.labels(List.of(id.value())).get(id.value()).receipt();
		assertThat(mail.getSubject()).startsWith("[Sangsaeng] Receipt no. " + receipt + " · ")
			.contains("Steel export supply-chain preferential funding")
			.endsWith(": Your application was received; it has its receipt number.");
		assertThat(bodyOf(mail)).contains("Dear Kim Daepyo,",
				"http://localhost:8080/applications/" + id.value());

		Instant submittedAt = jdbc.sql("select submitted_at from guarantee_application where id = :id")
			.param("id", id.value())
			.query((row, number) -> row.getTimestamp(1).toInstant())
			.single();
		transactions.executeWithoutResult(status -> events.publishEvent(new ApplicationStatusChanged(id,
				new ProgrammeCode("POSCO-IBK-KSURE"), sme.organisationId(), ApplicationStatus.DRAFT,
				ApplicationStatus.SUBMITTED, Won.of(300_000_000), null, sme.username(), submittedAt)));
		assertThat(jdbc.sql("select count(*) from mail_message where recipient = :to")
			.param("to", sme.username())
			.query(Long.class)
			.single()).as("the same change published again adds no mail").isEqualTo(1L);
		assertThat(mailTo(sme)).hasSize(1);
	}

	@Test
	void mailTheServerCouldNotTakeIsSentOnceWhenItIsBack() throws Exception {
		Applicant sme = smeWithAccount("ko");
		mailServer.stop();
		try {
			TestSmes.submitted(applications, sme);
			await().atMost(Duration.ofSeconds(15))
				.until(() -> jdbc.sql("select count(*) from mail_message where recipient = :to and attempts >= 2 "
						+ "and sent_at is null and last_error is not null")
					.param("to", sme.username())
					.query(Long.class)
					.single() == 1);
		}
		finally {
			mailServer.start();
		}

		List<MimeMessage> received = await().atMost(Duration.ofSeconds(15))
			.until(() -> mailTo(sme), messages -> messages.size() == 1);
		assertThat(received.get(0).getSubject()).startsWith("[상생] 접수번호 ")
			.endsWith(": 신청서가 접수되어 접수번호가 부여되었습니다.");
		assertThat(bodyOf(received.get(0))).contains("김대표 님께,");
	}

	private Applicant smeWithAccount(String language) {
		Applicant sme = TestSmes.newSme(jdbc);
		TestSmes.openAccount(jdbc, sme, "{noop}unused", "en".equals(language) ? "Kim Daepyo" : "김대표", language);
		return sme;
	}

	private static List<MimeMessage> mailTo(Applicant sme) {
		return mailTo(sme.username()).stream()
			.filter(message -> !subjectOf(message).contains(": You started") && !subjectOf(message).contains("작성을 시작"))
			.toList();
	}

}
