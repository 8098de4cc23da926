package kr.sangsaeng.notification;

import java.time.Instant;
import java.time.LocalDate;

import kr.sangsaeng.applications.ApplicationStatus;

/**
 * Something an organisation should know about one of its applications. The text is composed when shown, in
 * the reader's language, from {@code kind} and {@code status}.
 *
 * @param applicationId the application it is about, or {@code null} for news about the company itself (what an
 * agency officer decided about its business registration certificate)
 * @param kind {@code STATUS_CHANGED}, a message kind such as {@code MESSAGE_FROM_AGENCY}, or a company notice such
 * as {@code CERTIFICATE_CONFIRMED}
 * @param status the application's new status, for status changes
 * @param dueOn the deadline a request for information or a reminder of it announced, else {@code null}
 */
public record Notification(long id, long organisationId, Long applicationId, String kind, ApplicationStatus status,
		Instant createdAt, boolean read, LocalDate dueOn) {

	public static final String INFORMATION_DUE = "INFORMATION_DUE";

	/**
	 * The deadline for messages that announce one, else nothing.
	 */
	public Object[] messageArguments() {
		return dueOn == null ? null : new Object[] { dueOn.toString() };
	}

	/** An agency officer confirmed the company's business registration certificate. */
	public static final String CERTIFICATE_CONFIRMED = "CERTIFICATE_CONFIRMED";

	/** An agency officer refused the company's business registration certificate. */
	public static final String CERTIFICATE_REFUSED = "CERTIFICATE_REFUSED";

	// a kind has at most 24 characters

	/** The agency issued the guarantee certificate of an application and delivered it to the lending bank. */
	public static final String GUARANTEE_CERTIFICATE_ISSUED = "GUARANTEE_CERT_ISSUED";

	/** The lending bank acknowledged receiving an application's guarantee certificate: it may pay the loan out. */
	public static final String GUARANTEE_CERTIFICATE_ACKNOWLEDGED = "BANK_ACKNOWLEDGED_CERT";

	/** The agency paid the lending bank's claim on the company's defaulted loan and will seek to recover it. */
	public static final String GUARANTEE_CLAIM_PAID = "GUARANTEE_CLAIM_PAID";

	/** The agency approved a change of the company's guaranteed loan (amount, term or bank). */
	public static final String LOAN_CHANGE_APPROVED = "LOAN_CHANGE_APPROVED";

	/** The agency rejected a change of the company's guaranteed loan, with a reason. */
	public static final String LOAN_CHANGE_REJECTED = "LOAN_CHANGE_REJECTED";

	/** The agency moved a guaranteed loan to the bank: it acknowledges the guarantee certificate before paying out. */
	public static final String LOAN_MOVED_IN = "LOAN_MOVED_TO_BANK";

	/** The agency moved a guaranteed loan the bank lent to another bank. */
	public static final String LOAN_MOVED_OUT = "LOAN_MOVED_FROM_BANK";

	/** A funder confirmed a supplier the company nominated: it is on the funder's partner list. */
	public static final String SUPPLIER_CONFIRMED = "SUPPLIER_CONFIRMED";

	/** A funder refused a supplier the company nominated, with a reason. */
	public static final String SUPPLIER_REFUSED = "SUPPLIER_REFUSED";

	/**
	 * Where the notification leads: its application (for a bank, the loan it now lends, or its loans when one left
	 * it), the company's suppliers for news of its nominations, or the page
	 * where the company proves its number.
	 */
	public String link() {
		if (applicationId != null) {
			return switch (kind) {
				case LOAN_MOVED_IN -> "/disbursements/" + applicationId;
				case LOAN_MOVED_OUT -> "/disbursements";
				default -> "/applications/" + applicationId;
			};
		}
		return kind.startsWith("SUPPLIER_") ? "/company/suppliers" : "/company/verification";
	}

	public String messageKey() {
		String key = status != null ? "notification.status." + status.name() : "notification.kind." + kind;
		return dueOn != null ? key + ".due" : key;
	}

}
