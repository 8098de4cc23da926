package kr.sangsaeng.notification;

import kr.sangsaeng.company.CertificateConfirmed;
import kr.sangsaeng.company.CertificateRefused;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.MailRecipient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells an SME what an agency officer decided about its business registration certificate: in its notifications
 * and by mail to each of its accounts, in the language the account last used, with the officer's reason for a
 * refusal and a link to the page where it proves its number; written with the decision. Once per decision, however
 * often the event is published.
 */
@Component
class CertificateNotices {

	private final Notifications notifications;

	private final Accounts accounts;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final String publicUrl;

	CertificateNotices(Notifications notifications, Accounts accounts, MailOutbox outbox, MessageSource messages,
			@Value("${sangsaeng.public-url}") String publicUrl) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	@EventListener
	void on(CertificateConfirmed confirmed) {
		notifications.storeAboutCompany(confirmed.organisationId(), Notification.CERTIFICATE_CONFIRMED, confirmed.at());
		mail(confirmed.certificateId(), confirmed.organisationId(), "confirmed",
				confirmed.businessNumber().formatted(), null);
	}

	@EventListener
	void on(CertificateRefused refused) {
		notifications.storeAboutCompany(refused.organisationId(), Notification.CERTIFICATE_REFUSED, refused.at());
		mail(refused.certificateId(), refused.organisationId(), "refused", refused.businessNumber().formatted(),
				refused.reason());
	}

	private void mail(long certificateId, long organisationId, String outcome, String number, String reason) {
		for (MailRecipient recipient : accounts.mailRecipients(organisationId)) {
			String subject = messages.getMessage("mail.certificate." + outcome + ".subject", new Object[] { number },
					recipient.language());
			String body = messages.getMessage("mail.certificate." + outcome + ".body",
					new Object[] { recipient.name(), number, reason, publicUrl + "/company/verification" },
					recipient.language());
			outbox.add("certificate:" + certificateId + ":" + recipient.address(), recipient.address(), subject, body);
		}
	}

}
