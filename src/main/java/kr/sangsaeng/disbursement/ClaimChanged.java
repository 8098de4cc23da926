package kr.sangsaeng.disbursement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;

/**
 * A step of a claim on a defaulted loan: filed by the bank, recommended, paid or rejected by the agency, or a
 * recovery recorded after the payment.
 *
 * @param coveredLoss the loss the bank claims on, when filed
 * @param amount what was claimed, recommended, paid or recovered in this step, {@code null} on rejection
 * @param date the default date when filed, the payment date when paid, the recovery date when recovered
 * @param text the bank's reference when filed, the reason when recommended for less or rejected
 * @param at when the step was taken
 */
public record ClaimChanged(long claim, ApplicationId loan, long organisationId, BankCode bankCode,
		AgencyCode agencyCode, ClaimStep step, Won coveredLoss, Won amount, LocalDate date, String text,
		String actor, Instant at) implements AuditableEvent {

	/**
	 * What happened to the claim.
	 */
	public enum ClaimStep {

		FILED("filed", "claimedWon", "defaultDate", "reference"),
		RECOMMENDED("recommended", "recommendedWon", null, "note"),
		PAID("paid", "paidWon", "paidOn", null),
		REJECTED("rejected", null, null, "reason"),
		RECOVERY_RECORDED("recovery-recorded", "recoveredWon", "recoveredOn", null);

		private final String action;

		private final String amountDetail;

		private final String dateDetail;

		private final String textDetail;

		ClaimStep(String action, String amountDetail, String dateDetail, String textDetail) {
			this.action = action;
			this.amountDetail = amountDetail;
			this.dateDetail = dateDetail;
			this.textDetail = textDetail;
		}

	}

	/**
	 * Whether the agency paid the claim in this step.
	 */
	public boolean isPayment() {
		return step == ClaimStep.PAID;
	}

	@Override
	public String auditSubject() {
		return "application:" + loan.value();
	}

	@Override
	public String auditAction() {
		return "claim." + step.action;
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("claim", claim);
		details.put("bank", bankCode.value());
		details.put("agency", agencyCode.value());
		if (coveredLoss != null) {
			details.put("coveredLossWon", coveredLoss.value());
		}
		if (amount != null && step.amountDetail != null) {
			details.put(step.amountDetail, amount.value());
		}
		if (date != null && step.dateDetail != null) {
			details.put(step.dateDetail, date.toString());
		}
		if (text != null && step.textDetail != null) {
			details.put(step.textDetail, text);
		}
		return details;
	}

}
