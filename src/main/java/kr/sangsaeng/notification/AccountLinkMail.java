package kr.sangsaeng.notification;

import kr.sangsaeng.identity.AccountLinkMailed;
import kr.sangsaeng.identity.MailRecipient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the links people choose their password with, after an invitation or a reset request, in the language of the
 * account.
 */
@Component
class AccountLinkMail {

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final String publicUrl;

	AccountLinkMail(MailOutbox outbox, MessageSource messages, @Value("${sangsaeng.public-url}") String publicUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	@ApplicationModuleListener
	void on(AccountLinkMailed link) {
		MailRecipient to = link.recipient();
		String kind = link.invitation() ? "invitation" : "reset";
		String url = publicUrl + (link.invitation() ? "/invitation/" : "/password-reset/") + link.secret();
		String subject = messages.getMessage("mail.link." + kind + ".subject", null, to.language());
		String body = messages.getMessage("mail.link." + kind + ".body",
				new Object[] { to.name(), link.username(), url, link.expiresAt() }, to.language());
		outbox.add("account-link:" + link.accountId() + ":" + link.expiresAt().toEpochMilli(), to.address(), subject,
				body);
	}

}
