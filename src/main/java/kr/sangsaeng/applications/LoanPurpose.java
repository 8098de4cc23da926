package kr.sangsaeng.applications;

/**
 * What the loan is for.
 */
public enum LoanPurpose {

	WORKING_CAPITAL, FACILITIES, EXPORT;

	public String messageKey() {
		return "application.purpose." + name();
	}

}
