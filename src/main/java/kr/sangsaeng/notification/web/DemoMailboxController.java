package kr.sangsaeng.notification.web;

import kr.sangsaeng.notification.MailOutbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * In the demo, when no mail server is set, the mail the application would have sent, for anyone to read: the way
 * to follow a password reset or a notification without a mailbox of one's own.
 */
@Controller
@Profile("demo")
class DemoMailboxController {

	static final String VIEW = "notification/mailbox";

	private final MailOutbox outbox;

	private final ObjectProvider<JavaMailSender> mailServer;

	DemoMailboxController(MailOutbox outbox, ObjectProvider<JavaMailSender> mailServer) {
		this.outbox = outbox;
		this.mailServer = mailServer;
	}

	@GetMapping("/demo/mailbox")
	String mailbox(Model model) {
		if (mailServer.getIfAvailable() != null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("messages", outbox.recent());
		return VIEW;
	}

}
