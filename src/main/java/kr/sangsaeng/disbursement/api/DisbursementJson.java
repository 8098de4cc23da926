package kr.sangsaeng.disbursement.api;

import java.time.Instant;
import java.time.LocalDate;

import kr.sangsaeng.disbursement.DisbursementEntry;

/**
 * A payment out of a loan, or the reversal of one, as bank systems read it.
 *
 * @param kind {@code PAYMENT} or {@code REVERSAL}
 * @param reverses on a reversal, the payment it cancels
 */
record DisbursementJson(long id, String kind, long amountWon, LocalDate disbursedOn, String reference, Long reverses,
		boolean reversed, Instant recordedAt) {

	static DisbursementJson of(DisbursementEntry entry) {
		return new DisbursementJson(entry.id(), entry.kind(), entry.amount().value(), entry.disbursedOn(),
				entry.reference(), entry.reversesId(), entry.isReversed(), entry.recordedAt());
	}

}
