package kr.sangsaeng.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the outbox's waiting mail to the mail server ({@code spring.mail.*}). A message the server took is marked
 * sent and never sent again; one it refused or could not take waits a minute, then twice as long after each further
 * failure, up to an hour. Instances share the work: each takes the messages no other instance holds. Without a mail
 * server the mail stays in the outbox, where the demo's mailbox page shows it.
 */
@Component
class MailDelivery {

	static final int BATCH = 20;

	static final Duration LONGEST_WAIT = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mailServer;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String from;

	private final Duration firstWait;

	MailDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailServer, TransactionTemplate transactions,
			Clock clock, @Value("${sangsaeng.mail.from}") String from,
			@Value("${sangsaeng.mail.retry-after}") Duration firstWait) {
		this.jdbc = jdbc;
		this.mailServer = mailServer;
		this.transactions = transactions;
		this.clock = clock;
		this.from = from;
		this.firstWait = firstWait;
	}

	@Scheduled(fixedDelayString = "${sangsaeng.mail.send-every}", initialDelayString = "${sangsaeng.mail.send-every}")
	public void sendDue() {
		JavaMailSender server = mailServer.getIfAvailable();
		if (server == null) {
			return;
		}
		Integer taken;
		do {
			taken = transactions.execute(status -> sendBatch(server));
		}
		while (taken != null && taken == BATCH);
	}

	private int sendBatch(JavaMailSender server) {
		Instant now = clock.instant();
		List<Due> due = jdbc
			.sql("select id, recipient, subject, body, attempts from mail_message "
					+ "where sent_at is null and next_attempt_at <= :now order by id limit " + BATCH
					+ " for update skip locked")
			.param("now", Timestamp.from(now))
			.query((row, number) -> new Due(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
					row.getInt(5)))
			.list();
		for (Due message : due) {
			try {
				server.send(mime(server, message));
				jdbc.sql("update mail_message set sent_at = :now, last_error = null where id = :id")
					.param("now", Timestamp.from(clock.instant()))
					.param("id", message.id())
					.update();
			}
			catch (MailException | MessagingException failure) {
				log.warn("Mail {} to {} not sent (attempt {}): {}", message.id(), message.recipient(),
						message.attempts() + 1, failure.getMessage());
				jdbc.sql("update mail_message set attempts = attempts + 1, next_attempt_at = :next, last_error = :error "
						+ "where id = :id")
					.param("next", Timestamp.from(clock.instant().plus(waitAfter(message.attempts() + 1))))
					.param("error", truncated(String.valueOf(failure.getMessage())))
					.param("id", message.id())
					.update();
			}
		}
		return due.size();
	}

	private MimeMessage mime(JavaMailSender server, Due message) throws MessagingException {
		MimeMessage mime = server.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
		helper.setFrom(from);
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		helper.setText(message.body());
		return mime;
	}

	Duration waitAfter(int failures) {
		Duration wait = firstWait.multipliedBy(1L << Math.min(failures - 1, 20));
		return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
	}

	private static String truncated(String error) {
		return error.length() <= 500 ? error : error.substring(0, 500);
	}

	private record Due(long id, String recipient, String subject, String body, int attempts) {
	}

}
