package kr.sangsaeng.notification;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.applications.ApplicationMessagePosted;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.applications.ApplicationStatusChanged;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.InformationReminderDue;
import kr.sangsaeng.disbursement.CertificateAcknowledged;
import kr.sangsaeng.disbursement.ClaimChanged;
import kr.sangsaeng.disbursement.LoanChangeRecorded;
import kr.sangsaeng.disbursement.LoanChangeStatus;
import kr.sangsaeng.disbursement.LoanMovedToBank;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.review.GuaranteeCertificateIssued;
import kr.sangsaeng.shared.ApplicationId;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app notifications of each organisation, and the other channels that reach it. A notification is written in
 * the transaction of the change it follows, so that the two commit together or not at all and the change needs no
 * transaction after it for its notification; a notification is written once for each change, and other channels get
 * it when it is written (mail through the outbox, sent after the commit).
 */
@Service("notifications")
@Transactional
public class Notifications {

	static final int RECENT = 50;

	private final JdbcClient jdbc;

	private final List<NotificationChannel> channels;

	private final GuaranteeApplications applications;

	private final Accounts accounts;

	Notifications(JdbcClient jdbc, List<NotificationChannel> channels, GuaranteeApplications applications,
			Accounts accounts) {
		this.jdbc = jdbc;
		this.channels = channels;
		this.applications = applications;
		this.accounts = accounts;
	}

	@EventListener
	void on(ApplicationStatusChanged changed) {
		LocalDate dueOn = null;
		if (changed.to() == ApplicationStatus.INFO_REQUESTED) {
			var label = applications.labels(List.of(changed.application().value())).get(changed.application().value());
			dueOn = label == null ? null : label.informationDueOn();
		}
		store(changed.organisationId(), changed.application().value(), "STATUS_CHANGED", changed.to(), changed.at(),
				dueOn);
	}

	@EventListener
	void on(InformationReminderDue reminder) {
		store(reminder.organisationId(), reminder.application().value(), Notification.INFORMATION_DUE, null,
				reminder.at(), reminder.dueOn());
	}

	@EventListener
	void on(ApplicationMessagePosted posted) {
		if (posted.fromAgency()) {
			store(posted.organisationId(), posted.application().value(), posted.kind(), null, posted.at(), null);
		}
	}

	@EventListener
	void on(GuaranteeCertificateIssued issued) {
		aboutApplication(issued.application(), Notification.GUARANTEE_CERTIFICATE_ISSUED, issued.issuedAt());
	}

	@EventListener
	void on(CertificateAcknowledged acknowledged) {
		aboutApplication(acknowledged.loan(), Notification.GUARANTEE_CERTIFICATE_ACKNOWLEDGED,
				acknowledged.acknowledgedAt());
	}

	@EventListener
	void on(ClaimChanged changed) {
		if (changed.isPayment()) {
			store(changed.organisationId(), changed.loan().value(), Notification.GUARANTEE_CLAIM_PAID, null,
					changed.at(), null);
		}
	}

	@EventListener
	void on(LoanChangeRecorded recorded) {
		if (recorded.status() == LoanChangeStatus.APPROVED || recorded.status() == LoanChangeStatus.REJECTED) {
			store(recorded.organisationId(), recorded.loan().value(), recorded.status() == LoanChangeStatus.APPROVED
					? Notification.LOAN_CHANGE_APPROVED : Notification.LOAN_CHANGE_REJECTED, null, recorded.at(), null);
		}
	}

	/**
	 * The new bank's officers learn that the loan is theirs to acknowledge and pay; the previous bank's, that it
	 * left them.
	 */
	@EventListener
	void on(LoanMovedToBank moved) {
		bank(moved.newBank()).ifPresent(bank -> store(bank.id(), moved.loan().value(), Notification.LOAN_MOVED_IN,
				null, moved.at(), null));
		bank(moved.previousBank()).ifPresent(bank -> store(bank.id(), moved.loan().value(),
				Notification.LOAN_MOVED_OUT, null, moved.at(), null));
	}

	private Optional<OrganisationRef> bank(BankCode code) {
		return accounts.organisation(code.value()).filter(organisation -> organisation.kind() == OrganisationKind.BANK);
	}

	private void aboutApplication(ApplicationId application, String kind, Instant at) {
		applications.details(application)
			.ifPresent(details -> store(details.application().organisationId(), application.value(), kind, null, at,
					null));
	}

	@Transactional(readOnly = true)
	public List<Notification> recent(long organisationId) {
		return jdbc
			.sql("select id, organisation_id, application_id, kind, status, created_at, read_at is not null, due_on "
					+ "from notification where organisation_id = :organisation order by created_at desc, id desc "
					+ "limit " + RECENT)
			.param("organisation", organisationId)
			.query((row, number) -> new Notification(row.getLong(1), row.getLong(2), row.getObject(3, Long.class), row.getString(4),
					row.getString(5) == null ? null : ApplicationStatus.valueOf(row.getString(5)),
					row.getTimestamp(6).toInstant(), row.getBoolean(7),
					row.getDate(8) == null ? null : row.getDate(8).toLocalDate()))
			.list();
	}

	// one statement: it joins a transaction if there is one, and opens none
	@Transactional(propagation = Propagation.SUPPORTS)
	public int unread(long organisationId) {
		return jdbc
			.sql("select count(*) from notification where organisation_id = :organisation and read_at is null")
			.param("organisation", organisationId)
			.query(Integer.class)
			.single();
	}

	/**
	 * The unread count of whoever is signed in, for the badge in the page header; 0 for anyone else.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public int unreadForCurrentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return unread(user.organisation().id());
		}
		return 0;
	}

	public void markAllRead(long organisationId) {
		jdbc.sql("update notification set read_at = now() where organisation_id = :organisation and read_at is null")
			.param("organisation", organisationId)
			.update();
	}

	/**
	 * Writes a notification about the company itself rather than one of its applications, once per change.
	 * @return the notification, or empty when it was written before
	 */
	java.util.Optional<Notification> storeAboutCompany(long organisationId, String kind, Instant at) {
		return jdbc
			.sql("insert into notification (organisation_id, kind, created_at) values (:organisation, :kind, :at) "
					+ "on conflict do nothing returning id")
			.param("organisation", organisationId)
			.param("kind", kind)
			.param("at", java.sql.Timestamp.from(at))
			.query(Long.class)
			.optional()
			.map(id -> new Notification(id, organisationId, null, kind, null, at, false, null));
	}

	private void store(long organisationId, long applicationId, String kind, ApplicationStatus status, Instant at,
			LocalDate dueOn) {
		jdbc.sql("insert into notification (organisation_id, application_id, kind, status, created_at, due_on) "
				+ "values (:organisation, :application, :kind, :status, :at, :due) on conflict do nothing returning id")
			.param("due", dueOn == null ? null : Date.valueOf(dueOn))
			.param("organisation", organisationId)
			.param("application", applicationId)
			.param("kind", kind)
			.param("status", status == null ? null : status.name())
			.param("at", java.sql.Timestamp.from(at))
			.query(Long.class)
			.optional()
			.map(id -> new Notification(id, organisationId, applicationId, kind, status, at, false, dueOn))
			.ifPresent(notification -> channels.forEach(channel -> channel.deliver(notification)));
	}

}
