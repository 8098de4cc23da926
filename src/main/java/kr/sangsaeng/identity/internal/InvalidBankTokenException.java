package kr.sangsaeng.identity.internal;

import java.util.Locale;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A request to the bank API presented a bearer token that is not a bank's valid token.
 */
class InvalidBankTokenException extends BadCredentialsException {

	enum Reason {

		/** Not a bearer token at all: empty, several, or with characters a token never has. */
		MALFORMED,

		/** No bank has this token. */
		UNKNOWN,

		/** The token was revoked. */
		REVOKED;

		String messageKey() {
			return "api.problem.token." + name().toLowerCase(Locale.ROOT);
		}

	}

	private final Reason reason;

	InvalidBankTokenException(Reason reason) {
		super("Invalid bearer token: " + reason);
		this.reason = reason;
	}

	Reason reason() {
		return reason;
	}

}
