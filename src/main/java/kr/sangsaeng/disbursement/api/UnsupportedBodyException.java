package kr.sangsaeng.disbursement.api;

/**
 * A request body that is not JSON.
 */
class UnsupportedBodyException extends RuntimeException {

	UnsupportedBodyException() {
		super("The body must be application/json");
	}

}
