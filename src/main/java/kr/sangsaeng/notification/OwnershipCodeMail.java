package kr.sangsaeng.notification;

import java.util.Locale;

import kr.sangsaeng.company.OwnershipCodeMailed;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the one-time code that proves a business registration number to the contact a funder's partner list holds
 * for it. The contact has no account and so no language of its own: the mail is in Korean, then in English.
 */
@Component
class OwnershipCodeMail {

	private final MailOutbox outbox;

	private final MessageSource messages;

	OwnershipCodeMail(MailOutbox outbox, MessageSource messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(OwnershipCodeMailed mailed) {
		Object[] arguments = { mailed.companyName(), mailed.businessNumber().formatted(), mailed.code(),
				mailed.expiresAt() };
		String subject = messages.getMessage("mail.ownership.subject", arguments, Locale.KOREAN);
		String body = messages.getMessage("mail.ownership.body", arguments, Locale.KOREAN) + "\n\n----\n\n"
				+ messages.getMessage("mail.ownership.body", arguments, Locale.ENGLISH);
		outbox.add("ownership-code:" + mailed.organisationId() + ":" + mailed.expiresAt().toEpochMilli(), mailed.to(),
				subject, body);
	}

}
