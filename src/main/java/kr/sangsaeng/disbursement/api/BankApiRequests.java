package kr.sangsaeng.disbursement.api;

import kr.sangsaeng.disbursement.LoanNotFoundException;
import kr.sangsaeng.shared.ApplicationId;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * What every request of the bank API must be before it is read: a loan id in its path, and a JSON body.
 */
final class BankApiRequests {

	private BankApiRequests() {
	}

	/**
	 * Bodies are JSON; anything else is refused before it is read (mapping {@code consumes} would refuse it before
	 * this API's problem answers apply).
	 */
	static void requireJson(String contentType) {
		try {
			if (contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
				return;
			}
		}
		catch (InvalidMediaTypeException unreadable) {
			// refused below
		}
		throw new UnsupportedBodyException();
	}

}
