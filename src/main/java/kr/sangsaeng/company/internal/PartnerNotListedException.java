package kr.sangsaeng.company.internal;

import kr.sangsaeng.shared.NotFoundException;

/**
 * The company is not on the funder's partner list (any more).
 */
public class PartnerNotListedException extends NotFoundException {

	public PartnerNotListedException(String funderCode, String number) {
		super(number + " is not on the partner list of " + funderCode);
	}

}
