package kr.sangsaeng.disbursement;

import kr.sangsaeng.shared.NotFoundException;

/**
 * No claim with that id, or none the agency asking may see.
 */
public class ClaimNotFoundException extends NotFoundException {

	public ClaimNotFoundException() {
		super("No such claim");
	}

}
