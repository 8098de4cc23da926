package kr.sangsaeng.company;

import java.time.Instant;
import java.time.LocalDate;

import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.Won;

/**
 * A recommendation as pages and the letter show it.
 *
 * @param applicationId the application that carries it, or {@code null} while none does
 */
public record RecommendationView(long id, String funderCode, String businessNumber, String companyName,
		String programmeCode, String agreementCode, int tier, Won amount, LocalDate validUntil, String issuedBy,
		Instant issuedAt, String withdrawnBy, Instant withdrawnAt, Long applicationId) {

	public BusinessRegistrationNumber number() {
		return BusinessRegistrationNumber.parse(businessNumber);
	}

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	public boolean expiredOn(LocalDate today) {
		return validUntil.isBefore(today);
	}

	/**
	 * What a reviewer must be told: the recommendation no longer stands.
	 */
	public boolean flaggedOn(LocalDate today) {
		return withdrawn() || expiredOn(today);
	}

	/**
	 * The letter's number, e.g. {@code REC-HYUNDAI-000042}.
	 */
	public String letterNumber() {
		return "REC-" + funderCode + "-" + String.format("%06d", id);
	}

}
