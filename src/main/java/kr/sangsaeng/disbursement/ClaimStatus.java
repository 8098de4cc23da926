package kr.sangsaeng.disbursement;

/**
 * Where a bank's claim on a defaulted loan stands: filed by the bank, recommended by one person of the agency, paid
 * on the approval of another, or rejected.
 */
public enum ClaimStatus {

	FILED, RECOMMENDED, PAID, REJECTED;

	public boolean isOpen() {
		return this == FILED || this == RECOMMENDED;
	}

	public String messageKey() {
		return "claim.status." + name();
	}

}
