package kr.sangsaeng.disbursement;

/**
 * How a disbursement entry reached the ledger.
 */
public enum DisbursementChannel {

	/** A bank officer in the browser. */
	PAGE,

	/** The bank's own system through the bank API. */
	API,

	/** The demonstration data loaded at start-up. */
	DEMO

}
