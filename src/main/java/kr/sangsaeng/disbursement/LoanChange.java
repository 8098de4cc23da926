package kr.sangsaeng.disbursement;

import java.time.Instant;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;

/**
 * A change of a guaranteed loan after approval, with the figures before and after it, who asked and why, and who
 * decided.
 */
public record LoanChange(long id, ApplicationId loan, LoanChangeKind kind, LoanChangeStatus status,
		Won previousAmount, Won newAmount, int previousTermMonths, int newTermMonths, BankCode previousBank,
		BankCode newBank, String reason, String requestedBy, String requestedByRole, Instant requestedAt,
		String recommendedBy, Instant recommendedAt, String decidedBy, Instant decidedAt, String rejectionReason) {

	public boolean isOpen() {
		return status.isOpen();
	}

}
