package kr.sangsaeng.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outermost filter: when the database cannot be reached before a controller runs (loading or saving the
 * visitor's session, which lives in PostgreSQL), the visitor still gets the waiting page (503,
 * {@code Retry-After}) rather than an error, and a bank system its 503 problem. The page is rendered by
 * {@link WaitingPageController} without the session, as for a visitor who is not signed in; the form it sends
 * again carries the visitor's own fields and session cookie.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	static final String WAITING_PATH = "/busy";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final Overload overload;

	DatabaseUnavailableFilter(Overload overload) {
		this.overload = overload;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			if (!Overload.isDatabaseUnavailable(failure) || response.isCommitted()) {
				throw failure;
			}
			log.warn("No database connection for {} {}: {}", request.getMethod(), request.getRequestURI(),
					failure.getMessage());
			response.reset();
			if (Overload.isBankApi(request)) {
				overload.writeProblem(request, response);
				return;
			}
			request.setAttribute(WaitingRoom.ATTRIBUTE, overload.waitingRoom(request));
			request.getRequestDispatcher(WAITING_PATH).forward(new ReadOnly(request), response);
		}
	}

	/**
	 * The request as the waiting page sees it: a plain GET, so that nothing on the way treats it as a change.
	 */
	private static final class ReadOnly extends HttpServletRequestWrapper {

		ReadOnly(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return HttpMethod.GET.name();
		}

	}

}
