package kr.sangsaeng.company.internal;

/**
 * The company is already on the funder's partner list, so it cannot be added again.
 */
public class PartnerAlreadyListedException extends RuntimeException {

	public PartnerAlreadyListedException(String funderCode, String number) {
		super(number + " is already on the partner list of " + funderCode);
	}

}
