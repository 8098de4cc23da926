package kr.sangsaeng.company.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No funder has this code.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownFunderException extends RuntimeException {

	public UnknownFunderException(String funderCode) {
		super("No funder " + funderCode);
	}

}
