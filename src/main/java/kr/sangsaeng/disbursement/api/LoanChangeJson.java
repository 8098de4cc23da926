package kr.sangsaeng.disbursement.api;

import java.time.Instant;

import kr.sangsaeng.disbursement.LoanChange;

/**
 * A change of a guaranteed loan after approval as bank systems read it: what it changes from and to, and where it
 * stands. Amounts are whole won.
 *
 * @param kind {@code AMOUNT_DOWN}, {@code TERM_EXTENSION} or {@code BANK_CHANGE}
 * @param status {@code REQUESTED}, {@code RECOMMENDED}, {@code APPROVED} or {@code REJECTED}
 * @param decidedAt when the agency approved or rejected it, {@code null} while it waits
 */
record LoanChangeJson(long id, String kind, String status, long previousWon, long newWon, int previousTermMonths,
		int newTermMonths, String previousBankCode, String newBankCode, String reason, String rejectionReason,
		Instant requestedAt, Instant decidedAt) {

	static LoanChangeJson of(LoanChange change) {
		return new LoanChangeJson(change.id(), change.kind().name(), change.status().name(),
				change.previousAmount().value(), change.newAmount().value(), change.previousTermMonths(),
				change.newTermMonths(), change.previousBank().value(), change.newBank().value(), change.reason(),
				change.rejectionReason(), change.requestedAt(), change.decidedAt());
	}

}
