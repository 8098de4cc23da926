package kr.sangsaeng.disbursement.api;

import java.time.LocalDate;

import kr.sangsaeng.disbursement.DisbursementRecorded;

/**
 * The answer to a recorded payment: the payment, and the loan after it.
 */
record DisbursementReceipt(long id, long loanId, long amountWon, LocalDate disbursedOn, String reference,
		long disbursedWon, long remainingWon, String status) {

	static DisbursementReceipt of(DisbursementRecorded recorded, long approvedWon) {
		return new DisbursementReceipt(recorded.entryId(), recorded.loan().value(), recorded.amount().value(),
				recorded.disbursedOn(), recorded.reference(), recorded.disbursedAfter().value(),
				approvedWon - recorded.disbursedAfter().value(), recorded.statusAfter().name());
	}

}
