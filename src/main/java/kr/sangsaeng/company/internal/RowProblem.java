package kr.sangsaeng.company.internal;

/**
 * Why a row of an uploaded partner file cannot be imported.
 */
public enum RowProblem {

	MISSING_NUMBER, BAD_NUMBER_FORMAT, BAD_CHECKSUM, DUPLICATE_IN_FILE, MISSING_NAME, NAME_TOO_LONG, MISSING_TIER,
	UNKNOWN_TIER, NUMBER_NOT_ISSUED, BAD_CONTACT_EMAIL;

	public String messageKey() {
		return "partner.import.problem." + name();
	}

}
