package kr.sangsaeng.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.applications.UploadedDocument;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application with a real SMTP server, whose received mail the tests read.
 */
@SangsaengTest
class MailDeliveryTests {

	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension mailServer = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> SMTP_PORT);
		properties.add("sangsaeng.mail.send-every", () -> "100ms");
		properties.add("sangsaeng.mail.retry-after", () -> "200ms");
	}

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSubmissionIsMailedToTheSmeOnceInItsLanguageNamingTheApplication() throws Exception {
		Applicant sme = smeWithAccount("en");
		ApplicationId id = submitted(sme);

		List<MimeMessage> received = await().atMost(Duration.ofSeconds(15))
			.until(() -> mailTo(sme), messages -> messages.size() == 1);
		MimeMessage mail = received.get(0);
		assertThat(mail.getSubject()).isEqualTo("[Sangsaeng] Application " + id.value()
				+ ": Your application was received; it has its receipt number.");
		assertThat(mail.getContent().toString()).contains("Dear Kim Daepyo,",
				"http://localhost:8080/applications/" + id.value());

		incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(Duration.ZERO));
		assertThat(jdbc.sql("select count(*) from mail_message where recipient = :to")
			.param("to", sme.username())
			.query(Long.class)
			.single()).as("a notification handed over again adds no mail").isEqualTo(1L);
		assertThat(mailTo(sme)).hasSize(1);
	}

	@Test
	void mailTheServerCouldNotTakeIsSentOnceWhenItIsBack() throws Exception {
		Applicant sme = smeWithAccount("ko");
		mailServer.stop();
		try {
			submitted(sme);
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
		assertThat(received.get(0).getSubject()).startsWith("[상생] 신청서 ")
			.endsWith(": 신청서가 접수되어 접수번호가 부여되었습니다.");
		assertThat(received.get(0).getContent().toString()).contains("김대표 님께,");
	}

	private Applicant smeWithAccount(String language) {
		Applicant sme = TestSmes.newSme(jdbc);
		jdbc.sql("insert into user_account (username, password_hash, display_name, role, organisation_id, language) "
				+ "values (:username, '{noop}unused', :name, 'SME_APPLICANT', :organisation, :language)")
			.param("username", sme.username())
			.param("name", "en".equals(language) ? "Kim Daepyo" : "김대표")
			.param("organisation", sme.organisationId())
			.param("language", language)
			.update();
		return sme;
	}

	private ApplicationId submitted(Applicant sme) {
		ApplicationId id = applications.startDraft(sme, "POSCO-IBK-KSURE", TestSmes.content(Won.of(300_000_000)));
		applications.addDocument(sme, id, new UploadedDocument("plan.pdf", "application/pdf", PDF));
		applications.submit(sme, id);
		return id;
	}

	private List<MimeMessage> mailTo(Applicant sme) {
		return Arrays.stream(mailServer.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(sme.username()));
			}
			catch (jakarta.mail.MessagingException unreadable) {
				throw new IllegalStateException(unreadable);
			}
		}).filter(message -> {
			try {
				return !message.getSubject().contains(": You started") && !message.getSubject().contains("작성을 시작");
			}
			catch (jakarta.mail.MessagingException unreadable) {
				throw new IllegalStateException(unreadable);
			}
		}).toList();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

}
