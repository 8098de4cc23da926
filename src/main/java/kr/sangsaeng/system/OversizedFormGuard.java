package kr.sangsaeng.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form larger than the server reads (no form of the application comes near it; files are limited apart)
 * before anything else reads it: people get the error page in the layout that says the form was too large, bank
 * systems a problem document. Left alone, the servlet container would give up on the form's fields (the CSRF token
 * among them) and answer with a bare status. The fields of a multipart form are counted only as it is read: when
 * they are too large the request ends here (Tomcat then answers 400 itself) instead of failing in the security
 * filters. Runs after the guards that send oversized uploads back to their page and before security.
 */
@Component
@Order(-105)
class OversizedFormGuard extends OncePerRequestFilter {

	static final String TOO_LARGE_FORM = OversizedFormGuard.class.getName() + ".formTooLarge";

	private final DataSize limit;

	private final JsonMapper json;

	OversizedFormGuard(@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize limit, JsonMapper json) {
		this.limit = limit;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getContentType() == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isTooLarge(request)) {
			refuse(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean isTooLarge(HttpServletRequest request) {
		MediaType type;
		try {
			type = MediaType.parseMediaType(request.getContentType());
		}
		catch (InvalidMediaTypeException unreadable) {
			return false;
		}
		if (MediaType.APPLICATION_FORM_URLENCODED.includes(type)) {
			return request.getContentLengthLong() > limit.toBytes();
		}
		if (MediaType.MULTIPART_FORM_DATA.includes(type)) {
			// the fields of a multipart form are counted only while it is read, as security reads the CSRF token
			try {
				request.getParameterNames();
			}
			catch (IllegalStateException fieldsTooLarge) {
				return true;
			}
		}
		return false;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "https://sangsaeng.kr/problems/too-large");
			problem.put("title", "The request is too large");
			problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
			problem.put("detail", "A form may be at most " + limit.toKilobytes() + " KB. Send the body as application/json.");
			problem.put("instance", request.getRequestURI());
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getOutputStream().write(json.writeValueAsBytes(problem));
			return;
		}
		request.setAttribute(TOO_LARGE_FORM, true);
		response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
	}

}
