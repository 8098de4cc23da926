package kr.sangsaeng.identity;

/**
 * A company's claim of a business registration number could not be verified because another company proved the
 * number first (or its own claim was superseded meanwhile). Nothing was changed.
 */
public class OwnershipTakenException extends RuntimeException {

	public OwnershipTakenException() {
		super("Another company has proved this business registration number");
	}

}
