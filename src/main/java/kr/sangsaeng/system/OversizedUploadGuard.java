package kr.sangsaeng.system;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an upload larger than the limit back to the page it came from, which says why, before anything reads
 * it. Left alone, the servlet container would fail the request as soon as security looks for the form's CSRF
 * token in the oversized body, and the user would see a bare error page. Register subclasses before the
 * security filters; the pages they send back to keep their own access rules.
 */
public abstract class OversizedUploadGuard extends OncePerRequestFilter {

	/**
	 * The query parameter that tells the page it was an upload that was too large.
	 */
	public static final String TOO_LARGE_PARAMETER = "tooLarge";

	private final DataSize limit;

	protected OversizedUploadGuard(DataSize limit) {
		this.limit = limit;
	}

	/**
	 * The page to send an oversized upload to {@code path} back to, or empty when {@code path} takes no uploads.
	 */
	protected abstract Optional<String> pageFor(String path);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || pageFor(path(request)).isEmpty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> page = pageFor(path(request));
		if (request.getContentLengthLong() > limit.toBytes() && page.isPresent()) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION,
					request.getContextPath() + page.get() + "?" + TOO_LARGE_PARAMETER);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
