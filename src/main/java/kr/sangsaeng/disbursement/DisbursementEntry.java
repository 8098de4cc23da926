package kr.sangsaeng.disbursement;

import java.time.Instant;
import java.time.LocalDate;

import kr.sangsaeng.shared.Won;

/**
 * A payment out of a loan, or the reversal of a mistaken one.
 *
 * @param kind {@code PAYMENT} or {@code REVERSAL}
 * @param reversesId on a reversal, the payment it cancels
 * @param reversedBy on a payment that was reversed, the reversal's id
 * @param channel {@code PAGE} (a bank officer in the browser), {@code API} (the bank's system) or {@code DEMO}
 */
public record DisbursementEntry(long id, String kind, Won amount, LocalDate disbursedOn, String reference,
		Long reversesId, Long reversedBy, String reason, String recordedBy, String channel, Instant recordedAt) {

	public boolean isPayment() {
		return "PAYMENT".equals(kind);
	}

	public boolean isReversed() {
		return reversedBy != null;
	}

}
