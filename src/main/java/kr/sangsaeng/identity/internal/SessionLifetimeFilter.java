package kr.sangsaeng.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lasted longer than the longest a session may last, however busy it was: whoever still
 * holds it signs in again. (A session nobody used for {@code server.servlet.session.timeout} ends by itself.)
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	private final Clock clock;

	private final Duration longest;

	SessionLifetimeFilter(Clock clock, Duration longest) {
		this.clock = clock;
		this.longest = longest;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && isTooOld(session)) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

	private boolean isTooOld(HttpSession session) {
		try {
			return Instant.ofEpochMilli(session.getCreationTime()).plus(longest).isBefore(clock.instant());
		}
		catch (IllegalStateException alreadyEnded) {
			return false;
		}
	}

}
