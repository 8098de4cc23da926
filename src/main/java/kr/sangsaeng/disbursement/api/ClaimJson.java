package kr.sangsaeng.disbursement.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kr.sangsaeng.disbursement.Claim;

/**
 * A claim on a defaulted loan as its bank reads it. Amounts are whole won.
 *
 * @param status {@code FILED}, {@code RECOMMENDED} (being checked by the agency), {@code PAID} or {@code REJECTED}
 * @param paidWon what the agency paid, {@code null} unless paid
 * @param rejectionReason why the agency rejected it, {@code null} unless rejected
 * @param recoveredWon what was recovered after the payment, in all
 */
record ClaimJson(long id, String status, long coveredLossWon, long claimedWon, LocalDate defaultDate, String reference,
		String channel, Instant filedAt, Long paidWon, LocalDate paidOn, String rejectionReason, long recoveredWon,
		List<Recovery> recoveries) {

	record Recovery(long recoveredWon, LocalDate recoveredOn) {
	}

	static ClaimJson of(Claim claim) {
		return new ClaimJson(claim.id(), claim.status().name(), claim.coveredLoss().value(), claim.claimed().value(),
				claim.defaultDate(), claim.bankReference(), claim.channel().name(), claim.filedAt(),
				claim.paid() == null ? null : claim.paid().value(), claim.paidOn(), claim.rejectionReason(),
				claim.recovered().value(),
				claim.recoveries()
					.stream()
					.map(recovery -> new Recovery(recovery.amount().value(), recovery.recoveredOn()))
					.toList());
	}

}
