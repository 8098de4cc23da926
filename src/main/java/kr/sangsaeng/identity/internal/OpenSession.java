package kr.sangsaeng.identity.internal;

import java.time.Instant;

import org.springframework.security.core.session.SessionInformation;

/**
 * A session an account has open, as an administrator sees it before ending it: when it was last used, never its id.
 */
public record OpenSession(Instant lastRequestAt) {

	static OpenSession of(SessionInformation session) {
		return new OpenSession(lastRequestOf(session));
	}

	static Instant lastRequestOf(SessionInformation session) {
		return session.getLastRequest() == null ? null : session.getLastRequest().toInstant();
	}

}
