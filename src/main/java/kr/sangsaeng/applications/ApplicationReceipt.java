package kr.sangsaeng.applications;

import java.time.Instant;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Won;

/**
 * The receipt (접수증) an SME is shown once its application is received: what it asked for, where, and the number
 * it was given, without the application's documents, timeline or guarantee.
 *
 * @param receiptNumber the number given at submission, {@code null} for an application never received
 * @param programmeName the programme's name, {@code null} for an application never received
 * @param acceptedAt the moment the application was received
 * @param agency the agency whose agreement the application is routed to, where its programme offers a choice of
 * agreements, else {@code null}
 */
public record ApplicationReceipt(ApplicationId id, Long receiptNumber, ApplicationStatus status,
		LocalizedName programmeName, Won amount, Instant acceptedAt, LocalizedName agency) {

	public boolean received() {
		return receiptNumber != null;
	}

	/**
	 * The receipt number as it is printed: {@code 000123}.
	 */
	public String receipt() {
		return ApplicationView.printedReceipt(receiptNumber);
	}

}
