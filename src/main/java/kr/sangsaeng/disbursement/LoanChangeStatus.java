package kr.sangsaeng.disbursement;

/**
 * Where a change of a guaranteed loan stands.
 */
public enum LoanChangeStatus {

	/** Awaits the agency's decision. */
	REQUESTED,

	/** Recommended by a reviewer, awaits a second person. */
	RECOMMENDED,

	/** Approved and applied to the loan, its guarantee and the capacity. */
	APPROVED,

	/** Turned down, with the reason. */
	REJECTED;

	public boolean isOpen() {
		return this == REQUESTED || this == RECOMMENDED;
	}

	public String messageKey() {
		return "loanChange.status." + name();
	}

}
