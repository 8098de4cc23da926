package kr.sangsaeng.system;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

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
 * <p>
 * An answer is held back until the request is done, saving the session included (views flush what they wrote, which
 * would send it at once): the database going away at the last moment then still leaves room for the waiting page,
 * rather than cutting off a page already on its way. Only answers larger than the buffer (downloads) leave earlier.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	static final String WAITING_PATH = "/busy";

	/** Larger than the pages the application renders; downloads beyond it still stream. */
	static final int RESPONSE_BUFFER_BYTES = 128 * 1024;

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final Overload overload;

	DatabaseUnavailableFilter(Overload overload) {
		this.overload = overload;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setBufferSize(RESPONSE_BUFFER_BYTES);
		HeldBack held = new HeldBack(response);
		try {
			chain.doFilter(request, held);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			if (!Overload.isDatabaseUnavailable(failure)) {
				throw failure;
			}
			if (held.redirected) {
				// the work is done and its redirect set; only the session's last write after it failed
				log.warn("No database connection after the redirect of {} {}: {}", request.getMethod(),
						request.getRequestURI(), failure.getMessage());
				return;
			}
			if (response.isCommitted()) {
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
	 * The response with flushes held back until the request is done; the container sends it then.
	 */
	private static final class HeldBack extends HttpServletResponseWrapper {

		private PrintWriter writer;

		private ServletOutputStream stream;

		private boolean redirected;

		HeldBack(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			super.sendRedirect(location);
			redirected = true;
		}

		@Override
		public void flushBuffer() {
			// sent when the request is done
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (writer == null) {
				writer = new PrintWriter(super.getWriter(), false) {

					@Override
					public void flush() {
						// sent when the request is done
					}

					@Override
					public void close() {
						// the container ends the response
					}

				};
			}
			return writer;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (stream == null) {
				ServletOutputStream target = super.getOutputStream();
				stream = new ServletOutputStream() {

					@Override
					public void write(int b) throws IOException {
						target.write(b);
					}

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						target.write(bytes, offset, length);
					}

					@Override
					public boolean isReady() {
						return target.isReady();
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						target.setWriteListener(listener);
					}

				};
			}
			return stream;
		}

	}

	/**
	 * The request as the waiting page sees it: a plain GET, so that nothing on the way treats it as a change.
	 */
	static final class ReadOnly extends HttpServletRequestWrapper {

		ReadOnly(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return HttpMethod.GET.name();
		}

	}

}
