package kr.sangsaeng.notification;

import java.util.List;

import kr.sangsaeng.applications.ApplicationLabel;
import kr.sangsaeng.applications.GuaranteeApplications;
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

	private final GuaranteeApplications applications;

	MailChannel(Accounts accounts, MailOutbox outbox, MessageSource messages,
			@Value("${sangsaeng.public-url}") String publicUrl, GuaranteeApplications applications) {
		this.applications = applications;
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	@Override
	public void deliver(Notification notification) {
		ApplicationLabel label = applications.labels(List.of(notification.applicationId()))
			.get(notification.applicationId());
		for (MailRecipient recipient : accounts.mailRecipients(notification.organisationId())) {
			String what = messages.getMessage(notification.messageKey(), notification.messageArguments(),
					recipient.language());
			String application = label == null ? Long.toString(notification.applicationId())
					: messages.getMessage("notification.application",
							new Object[] { label.receipt(), label.programmeName().in(recipient.language()) },
							recipient.language());
			String subject = messages.getMessage("notification.mail.subject", new Object[] { application, what },
					recipient.language());
			String body = messages.getMessage("notification.mail.body",
					new Object[] { recipient.name(), what, application,
							publicUrl + notification.link() },
					recipient.language());
			outbox.add("notification:" + notification.id() + ":" + recipient.address(), recipient.address(), subject,
					body);
		}
	}

}
