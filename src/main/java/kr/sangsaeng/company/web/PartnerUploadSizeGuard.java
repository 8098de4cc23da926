package kr.sangsaeng.company.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an upload of a partner list that is larger than the limit back to the upload page, which says why, before
 * anything reads it. Left alone, the servlet container would fail the request as soon as security looks for the
 * form's CSRF token in the oversized body, and the administrator would see a bare error page. Runs before the
 * security filters (order -100); the upload page itself is still only for programme administrators.
 */
@Component
@Order(-110)
class PartnerUploadSizeGuard extends OncePerRequestFilter {

	static final String TOO_LARGE_PARAMETER = "tooLarge";

	private static final Pattern UPLOAD = Pattern.compile("/admin/partners/([A-Za-z0-9_-]{1,16})/import");

	private final DataSize maxRequestSize;

	PartnerUploadSizeGuard(@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !UPLOAD.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxRequestSize.toBytes()) {
			Matcher upload = UPLOAD.matcher(path(request));
			if (upload.matches()) {
				response.setStatus(HttpStatus.SEE_OTHER.value());
				response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + "/admin/partners/" + upload.group(1)
						+ "/import?" + TOO_LARGE_PARAMETER);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
