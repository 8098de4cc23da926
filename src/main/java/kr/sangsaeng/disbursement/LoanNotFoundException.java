package kr.sangsaeng.disbursement;

/**
 * No loan with that id, or none the bank asking may see.
 */
public class LoanNotFoundException extends RuntimeException {

	public LoanNotFoundException() {
		super("No such loan");
	}

}
