package kr.sangsaeng.disbursement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

/**
 * A bank's claim for the guaranteed share of what it lost on a defaulted loan (대위변제 청구).
 *
 * @param coveredLoss what the bank lost on the loan and the guarantee covers
 * @param claimed what the bank asks for, at most the guarantee ratio times the covered loss
 * @param recommended what the agency's first person proposes to pay, {@code null} before
 * @param paid what the agency paid, {@code null} unless paid
 * @param recoveries what the agency recovered afterwards, oldest first
 */
public record Claim(long id, ApplicationId loan, Won coveredLoss, Won claimed, LocalDate defaultDate,
		String bankReference, ClaimStatus status, String filedBy, DisbursementChannel channel, Instant filedAt,
		Won recommended, String recommendationNote, String recommendedBy, Instant recommendedAt, Won paid,
		LocalDate paidOn, String approvedBy, String rejectionReason, String decidedBy, Instant decidedAt,
		List<ClaimRecovery> recoveries) {

	public Won recovered() {
		return recoveries.stream().map(ClaimRecovery::amount).reduce(Won.ZERO, Won::plus);
	}

	/**
	 * What may still be recovered: what was paid less what was recovered.
	 */
	public Won unrecovered() {
		return paid == null ? Won.ZERO : paid.minus(recovered());
	}

	/**
	 * Whether the bank's request says the same as this claim, so that it is this claim sent again.
	 */
	boolean says(Won otherLoss, Won otherClaimed, LocalDate otherDefaultDate, String otherReference) {
		return coveredLoss.equals(otherLoss) && claimed.equals(otherClaimed) && defaultDate.equals(otherDefaultDate)
				&& bankReference.equals(otherReference);
	}

}
