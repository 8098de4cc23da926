package kr.sangsaeng.notification;

import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.MailRecipient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each notification by mail too, to every account of the organisation that signs in with an address, in the
 * language it last used, naming the application and linking to it.
 */
@Component
class MailChannel implements NotificationChannel {

	private final Accounts accounts;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final String publicUrl;

	MailChannel(Accounts accounts, MailOutbox outbox, MessageSource messages,
			@Value("${sangsaeng.public-url}") String publicUrl) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	@Override
	public void deliver(Notification notification) {
		for (MailRecipient recipient : accounts.mailRecipients(notification.organisationId())) {
			String what = messages.getMessage(notification.messageKey(), null, recipient.language());
			String application = Long.toString(notification.applicationId());
			String subject = messages.getMessage("notification.mail.subject", new Object[] { application, what },
					recipient.language());
			String body = messages.getMessage("notification.mail.body",
					new Object[] { recipient.name(), what, application, publicUrl + "/applications/" + application },
					recipient.language());
			outbox.add("notification:" + notification.id() + ":" + recipient.address(), recipient.address(), subject,
					body);
		}
	}

}
