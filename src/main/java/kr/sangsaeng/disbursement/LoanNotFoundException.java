package kr.sangsaeng.disbursement;

import kr.sangsaeng.shared.NotFoundException;

/**
 * No loan with that id, or none the bank asking may see.
 */
public class LoanNotFoundException extends NotFoundException {

	public LoanNotFoundException() {
		super("No such loan");
	}

}
