package kr.sangsaeng.company.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The company is not on the funder's partner list (any more).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PartnerNotListedException extends RuntimeException {

	public PartnerNotListedException(String funderCode, String number) {
		super(number + " is not on the partner list of " + funderCode);
	}

}
