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
 * @param signedIn whether the page offers to sign out with the form's own CSRF token: answered before the
 * visitor's session was read, it does not know who is signed in
 * @param place the visitor's place in the {@link WaitingLine}, {@code 0} when the page gives none
 */
record WaitingRoom(String method, String action, List<Field> fields, long retryAfterSeconds, boolean signedIn,
		long place) {

	static final String ATTRIBUTE = WaitingRoom.class.getName();

	record Field(String name, String value) {
	}

	static final String CSRF_FIELD = "_csrf";

	static WaitingRoom of(HttpServletRequest request, long retryAfterSeconds, boolean signedIn) {
		if (isUpload(request)) {
			// files cannot be sent again from a page: go back to where the upload started
			return new WaitingRoom("get", sameSitePath(request.getHeader(HttpHeaders.REFERER), request), List.of(),
					retryAfterSeconds, false, 0);
		}
		List<Field> fields = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				fields.add(new Field(parameter.getKey(), value));
			}
		}
		String method = HttpMethod.POST.matches(request.getMethod()) ? "post" : "get";
		return new WaitingRoom(method, request.getRequestURI(), List.copyOf(fields), retryAfterSeconds, signedIn, 0);
	}

	/**
	 * This room for a visitor at {@code place} in the line, whose form carries {@code ticket} instead of any ticket
	 * it was sent with, and comes back in {@code seconds}.
	 */
	WaitingRoom inLine(String ticket, long place, long seconds) {
		List<Field> kept = new ArrayList<>(fields.size() + 1);
		for (Field field : fields) {
			if (!field.name().equals(WaitingLine.FIELD)) {
				kept.add(field);
			}
		}
		kept.add(new Field(WaitingLine.FIELD, ticket));
		return new WaitingRoom(method, action, List.copyOf(kept), seconds, signedIn, place);
	}

	/**
	 * {@link #retryAfterSeconds()} as the page writes it.
	 */
	public String seconds() {
		return Long.toString(retryAfterSeconds);
	}

	/**
	 * {@link #place()} as the page writes it.
	 */
	public String placeInLine() {
		return Long.toString(place);
	}

	/**
	 * Whether the page gives the visitor's place in the line.
	 */
	public boolean inLine() {
		return place > 0;
	}

	/**
	 * The CSRF token the visitor's form carried, which the page's sign-out sends; {@code null} when none.
	 */
	public String csrfToken() {
		return fields.stream().filter(field -> field.name().equals(CSRF_FIELD)).map(Field::value).findFirst()
			.orElse(null);
	}

	/**
	 * Whether the page offers to sign out: the visitor has a session and its form a CSRF token.
	 */
	public boolean offersSignOut() {
		return signedIn && csrfToken() != null;
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
