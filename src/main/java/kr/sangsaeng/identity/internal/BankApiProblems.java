package kr.sangsaeng.identity.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import kr.sangsaeng.identity.internal.InvalidBankTokenException.Reason;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a bank system that the bank API refuses with an RFC 9457 problem ({@code application/problem+json}),
 * never a page or a redirect: 401 with a {@code WWW-Authenticate: Bearer} challenge (RFC 6750) when it presented
 * no valid token, 403 when its token may not do what it asked. The detail is in English, or in Korean when the
 * request prefers it.
 */
class BankApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String REALM = "sangsaeng";

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN);

	private final MessageSource messages;

	private final JsonMapper json;

	BankApiProblems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
			throws IOException {
		String challenge = "Bearer realm=\"" + REALM + "\"";
		String messageKey = "api.problem.token.missing";
		if (refusal instanceof InvalidBankTokenException invalid) {
			challenge += ", error=\"invalid_token\", error_description=\"" + description(invalid.reason()) + "\"";
			messageKey = invalid.reason().messageKey();
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
		write(request, response, HttpStatus.UNAUTHORIZED, messageKey);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				"Bearer realm=\"" + REALM + "\", error=\"insufficient_scope\"");
		write(request, response, HttpStatus.FORBIDDEN, "api.problem.forbidden");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String messageKey) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", messages.getMessage(messageKey, null, language(request)));
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json.writeValueAsBytes(problem));
	}

	/**
	 * For the challenge header, whose description may hold only printable ASCII.
	 */
	private static String description(Reason reason) {
		return switch (reason) {
			case MALFORMED -> "The bearer token is malformed";
			case UNKNOWN -> "The bearer token is not valid";
			case REVOKED -> "The bearer token has been revoked";
		};
	}

	private static Locale language(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (accepted != null) {
			try {
				Locale preferred = Locale.lookup(Locale.LanguageRange.parse(accepted), LANGUAGES);
				if (preferred != null) {
					return preferred;
				}
			}
			catch (IllegalArgumentException unreadable) {
				// an Accept-Language header nobody can read: answer in English
			}
		}
		return Locale.ENGLISH;
	}

}
