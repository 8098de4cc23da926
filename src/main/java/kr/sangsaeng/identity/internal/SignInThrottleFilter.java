package kr.sangsaeng.identity.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kr.sangsaeng.system.ClientAddresses;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a sign-in whose username or address (the client's, past trusted proxies) must still wait (see {@link SignInThrottle}) before its password
 * is even looked at, and sends the person back to the sign-in page, which says how long to wait. The refusal is a
 * failed sign-in like any other for the audit trail.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	static final String WAIT_PARAMETER = "wait";

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final SignInThrottle throttle;

	private final ApplicationEventPublisher events;

	private final ClientAddresses addresses;

	SignInThrottleFilter(SignInThrottle throttle, ApplicationEventPublisher events, ClientAddresses addresses) {
		this.throttle = throttle;
		this.events = events;
		this.addresses = addresses;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SIGN_IN.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		String username = request.getParameter("username");
		Optional<Duration> wait = throttle.waitBeforeSignIn(username, addresses.of(request));
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		events.publishEvent(new AuthenticationFailureLockedEvent(
				UsernamePasswordAuthenticationToken.unauthenticated(username == null ? "" : username.strip(), null),
				new LockedException("Too many failed sign-ins; wait " + wait.get())));
		response.sendRedirect(request.getContextPath() + "/login?" + WAIT_PARAMETER + "=" + minutes(wait.get()));
	}

	/** Whole minutes, rounded up, so that nobody is told to come back too early. */
	static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

}
