package kr.sangsaeng;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * The whole application sending its mail to a real SMTP server in the test JVM, whose received mail the tests
 * read. Test classes that extend this one share one application context.
 */
@SangsaengTest
public abstract class WithMailServer {

	protected static final int SMTP_PORT = freePort();

	@RegisterExtension
	protected static final GreenMailExtension mailServer = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/\\S+)");

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> SMTP_PORT);
		properties.add("sangsaeng.mail.send-every", () -> "100ms");
		properties.add("sangsaeng.mail.retry-after", () -> "200ms");
	}

	/**
	 * The mail received for {@code address} so far.
	 */
	protected static List<MimeMessage> mailTo(String address) {
		return Arrays.stream(mailServer.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException unreadable) {
				throw new IllegalStateException(unreadable);
			}
		}).toList();
	}

	/**
	 * Waits for the {@code count}th mail to {@code address} whose subject contains {@code subject}.
	 */
	protected static MimeMessage awaitMail(String address, String subject, int count) {
		List<MimeMessage> received = await().atMost(Duration.ofSeconds(15))
			.until(() -> mailTo(address).stream().filter(message -> subjectOf(message).contains(subject)).toList(),
					messages -> messages.size() >= count);
		return received.get(count - 1);
	}

	protected static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}

	protected static String bodyOf(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (IOException | MessagingException unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}

	/**
	 * The path of the application link in a mail, such as {@code /password-reset/rst_…}.
	 */
	protected static String linkIn(MimeMessage message) {
		Matcher link = LINK.matcher(bodyOf(message));
		if (!link.find()) {
			throw new AssertionError("No link in the mail: " + bodyOf(message));
		}
		return link.group(1);
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
