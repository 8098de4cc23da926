package kr.sangsaeng.disbursement;

/**
 * How a loan stood at the end of a month, as its bank reports it: paid on schedule, in arrears, restructured,
 * repaid (early or on time), or defaulted.
 */
public enum ReportedStatus {

	CURRENT, ARREARS, RESTRUCTURED, REPAID, DEFAULTED;

	public String messageKey() {
		return "loan.report.status." + name();
	}

}
