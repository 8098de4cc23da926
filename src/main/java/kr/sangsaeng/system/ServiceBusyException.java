package kr.sangsaeng.system;

/**
 * The application has as much work in hand as it takes on at once; the request should be sent again shortly.
 */
class ServiceBusyException extends RuntimeException {

	ServiceBusyException() {
		super("Too many submissions in flight");
	}

}
