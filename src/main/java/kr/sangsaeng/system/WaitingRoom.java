package kr.sangsaeng.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * What the waiting page sends again, by itself, once the application has room: the same request with the same
 * fields (the CSRF token among them), so that nothing the visitor typed is lost.
 *
 * @param method {@code get} or {@code post}
 * @param action the path the form goes to
 * @param fields every field of the request, in the order it came
 * @param retryAfterSeconds when the page sends the form again
 */
record WaitingRoom(String method, String action, List<Field> fields, long retryAfterSeconds) {

	static final String ATTRIBUTE = WaitingRoom.class.getName();

	record Field(String name, String value) {
	}

	static WaitingRoom of(HttpServletRequest request, long retryAfterSeconds) {
		if (isUpload(request)) {
			// files cannot be sent again from a page: go back to where the upload started
			return new WaitingRoom("get", sameSitePath(request.getHeader(HttpHeaders.REFERER), request), List.of(),
					retryAfterSeconds);
		}
		List<Field> fields = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				fields.add(new Field(parameter.getKey(), value));
			}
		}
		String method = HttpMethod.POST.matches(request.getMethod()) ? "post" : "get";
		return new WaitingRoom(method, request.getRequestURI(), List.copyOf(fields), retryAfterSeconds);
	}

	boolean isPost() {
		return "post".equals(method);
	}

	private static boolean isUpload(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	private static String sameSitePath(String referer, HttpServletRequest request) {
		String home = request.getContextPath() + "/";
		if (referer == null) {
			return home;
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return home;
			}
			String path = uri.getRawPath();
			return path == null || !path.startsWith("/") || path.startsWith("//") ? home : path;
		}
		catch (IllegalArgumentException unreadable) {
			return home;
		}
	}

}
