package kr.sangsaeng.audit.internal;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Records the 403 answers to signed-in users that reach the error page without a refusal event: a missing or
 * stale CSRF token, a page that checked ownership and said no. Runs on the error dispatch, after the security
 * filters have restored who is signed in. (The error dispatch of a browser's POST is a GET; the original method
 * is in {@link RequestDispatcher#ERROR_METHOD}.)
 */
class DeniedAccessRecorder implements Filter {

	private static final int FORBIDDEN = 403;

	private final SecurityEvents events;

	DeniedAccessRecorder(SecurityEvents events) {
		this.events = events;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest http && http.getDispatcherType() == DispatcherType.ERROR
				&& Integer.valueOf(FORBIDDEN).equals(http.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
			Object path = http.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			Object method = http.getAttribute(RequestDispatcher.ERROR_METHOD);
			events.forbidden(SecurityContextHolder.getContext().getAuthentication(), http,
					method == null ? http.getMethod() : method.toString(),
					path == null ? http.getRequestURI() : path.toString());
		}
		chain.doFilter(request, response);
	}

}
