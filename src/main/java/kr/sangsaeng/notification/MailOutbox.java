package kr.sangsaeng.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail waiting to be sent and mail sent. A message is written in the transaction that decides to send it, once per
 * source (the same source again adds nothing), and {@link MailDelivery} hands it to the mail server afterwards.
 */
@Service
@Transactional
public class MailOutbox {

	static final int RECENT = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	MailOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Puts a message in the outbox unless one from the same {@code source} is there already.
	 *
	 * @param source what the message is for, e.g. {@code notification:42:sme@example.com}; at most 200 characters
	 * @return whether the message was added
	 */
	public boolean add(String source, String recipient, String subject, String body) {
		Timestamp now = Timestamp.from(clock.instant());
		return jdbc
			.sql("insert into mail_message (source_key, recipient, subject, body, created_at, next_attempt_at) "
					+ "values (:source, :recipient, :subject, :body, :now, :now) on conflict (source_key) do nothing")
			.param("source", source)
			.param("recipient", recipient)
			.param("subject", subject)
			.param("body", body)
			.param("now", now)
			.update() == 1;
	}

	/**
	 * The latest messages, newest first, sent or not.
	 */
	@Transactional(readOnly = true)
	public List<MailMessage> recent() {
		return jdbc
			.sql("select id, recipient, subject, body, created_at, sent_at, attempts, last_error from mail_message "
					+ "order by created_at desc, id desc limit " + RECENT)
			.query((row, number) -> new MailMessage(row.getLong(1), row.getString(2), row.getString(3),
					row.getString(4), row.getTimestamp(5).toInstant(), instant(row.getTimestamp(6)), row.getInt(7),
					row.getString(8)))
			.list();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
