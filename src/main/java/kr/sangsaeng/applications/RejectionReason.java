package kr.sangsaeng.applications;

/**
 * Why an agency turns an application down. The SME reads the reason in its language, with the reviewer's own
 * explanation.
 */
public enum RejectionReason {

	INELIGIBLE, CREDIT, REPAYMENT_CAPACITY, DOCUMENTS, EXPOSURE_LIMIT, DUPLICATE, CAPACITY_EXHAUSTED, OTHER;

	public String messageKey() {
		return "application.rejection." + name();
	}

}
