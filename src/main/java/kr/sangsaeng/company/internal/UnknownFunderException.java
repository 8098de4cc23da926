package kr.sangsaeng.company.internal;

import kr.sangsaeng.shared.NotFoundException;

/**
 * No funder has this code.
 */
public class UnknownFunderException extends NotFoundException {

	public UnknownFunderException(String funderCode) {
		super("No funder " + funderCode);
	}

}
