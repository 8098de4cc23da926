package kr.sangsaeng.disbursement;

/**
 * An idempotency key came again with a request other than the one it was first used for.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

	public IdempotencyKeyReusedException() {
		super("The Idempotency-Key was already used for a different request");
	}

}
