package kr.sangsaeng.disbursement;

import kr.sangsaeng.applications.ApplicationStatus;

/**
 * Where a guaranteed loan stands: approved and not yet paid, being paid out in tranches, fully paid out, repaid,
 * defaulted, or cancelled before any payment.
 */
public enum LoanStatus {

	APPROVED, DISBURSING, ACTIVE, REPAID, DEFAULTED, CANCELLED;

	public boolean acceptsPayments() {
		return this == APPROVED || this == DISBURSING;
	}

	public boolean isPaidOut() {
		return this == DISBURSING || this == ACTIVE;
	}

	public boolean isClosed() {
		return this == REPAID || this == DEFAULTED || this == CANCELLED;
	}

	ApplicationStatus applicationStatus() {
		return ApplicationStatus.valueOf(name());
	}

	public String messageKey() {
		return "loan.status." + name();
	}

}
