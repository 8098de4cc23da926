package kr.sangsaeng.disbursement.api;

/**
 * A request a bank system sent in the wrong shape: unreadable JSON, a missing or mistyped field, a missing header.
 */
class InvalidRequestException extends RuntimeException {

	private final String field;

	InvalidRequestException(String field, String detail) {
		super(detail);
		this.field = field;
	}

	String field() {
		return field;
	}

}
