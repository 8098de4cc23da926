package kr.sangsaeng.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.HtmlUtils;

/**
 * The waiting page that the submission gate answers with, in the time it takes to copy it out: the page is rendered
 * once for each language, each of its two headers (with or without signing out) and each way of saying when the
 * form is sent again, with stand-ins where a submission's own form action, fields, token, place in line and seconds
 * go; each refused submission then gets that page with its own, escaped, in their places. A page that cannot be told from these (a language being chosen, a language the
 * application does not speak, a request without fields) is rendered in full as before.
 */
@Component
class WaitingPages {

	private static final String ACTION = "/waiting-page-action-stand-in";

	private static final String TOKEN = "waiting-page-token-stand-in";

	/** Stand-ins for numbers, which the page writes as they are given (as text, so without grouping). */
	private static final long SECONDS = 918273645;

	private static final long PLACE = 827364519;

	private static final Set<String> LANGUAGES = Set.of("ko", "en");

	/**
	 * What the shell does not repeat: its own answer's length and anything that belongs to one visitor, such as when
	 * to come back, which the gate has set already.
	 */
	private static final Set<String> NOT_REPEATED = Set.of(HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT),
			HttpHeaders.SET_COOKIE.toLowerCase(Locale.ROOT), HttpHeaders.RETRY_AFTER.toLowerCase(Locale.ROOT));

	private final LocaleResolver locales;

	private final WebApplicationContext context;

	private final Map<Key, Shell> shells = new ConcurrentHashMap<>();

	WaitingPages(LocaleResolver locales, WebApplicationContext context) {
		this.locales = locales;
		this.context = context;
	}

	/**
	 * Answers {@code request} with the waiting page of {@code room}: 503, with the {@code Retry-After} already set to
	 * {@code room}'s.
	 */
	void answer(WaitingRoom room, HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		Locale locale = locales.resolveLocale(request);
		if (!room.isPost() || room.fields().isEmpty() || request.getParameter("lang") != null
				|| !LANGUAGES.contains(locale.getLanguage()) || !locale.getCountry().isEmpty()) {
			render(room, request, response);
			return;
		}
		Key key = new Key(locale.getLanguage(), room.offersSignOut(), room.inLine(), room.retryAfterSeconds() == 1);
		Shell shell = shells.get(key);
		if (shell == null) {
			// the first refusals of a rush come together: one renders, the others copy its page
			synchronized (shells) {
				if (!shells.containsKey(key)) {
					shells.put(key, shellFor(room, locale, request, response));
					return;
				}
			}
			shell = shells.get(key);
		}
		shell.write(room, response);
	}

	/**
	 * The page with stand-ins instead of {@code room}'s action, fields and token, and the headers that the page is
	 * answered with; {@code request} is answered with its own page, rendered and forwarded as before.
	 */
	private Shell shellFor(WaitingRoom room, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		WaitingRoom standIn = new WaitingRoom(room.method(), ACTION,
				List.of(new WaitingRoom.Field(WaitingRoom.CSRF_FIELD, TOKEN)),
				room.retryAfterSeconds() == 1 ? 1 : SECONDS, room.signedIn(),
				room.inLine() ? PLACE : 0);
		Shell shell = Shell.of(renderedAlone(standIn, locale, request, response));
		render(room, request, response);
		List<String[]> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_REPEATED.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : response.getHeaders(name)) {
					headers.add(new String[] { name, value });
				}
			}
		}
		return shell.answeredWith(headers, response.getContentType());
	}

	/**
	 * The waiting page of {@code room} as the view renders it for a visitor who has not signed in (the gate answers
	 * before the session is read), without dispatching: a forward would end the answer.
	 */
	private String renderedAlone(WaitingRoom room, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws ServletException, IOException {
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		HttpServletRequest readOnly = new DatabaseUnavailableFilter.ReadOnly(request);
		readOnly.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
		readOnly.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
		SecurityContext visitor = SecurityContextHolder.createEmptyContext();
		visitor.setAuthentication(new AnonymousAuthenticationToken(WaitingPages.class.getName(), "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(visitor);
		try {
			View view = context.getBean("thymeleafViewResolver", ViewResolver.class)
				.resolveViewName(OverloadAdvice.WAITING_VIEW, locale);
			if (view == null) {
				throw new ServletException("no view " + OverloadAdvice.WAITING_VIEW);
			}
			view.render(Map.of("busy", room), readOnly, captured);
			captured.flushBuffer();
		}
		catch (ServletException | IOException | RuntimeException failed) {
			throw failed;
		}
		catch (Exception failed) {
			throw new ServletException(failed);
		}
		finally {
			SecurityContextHolder.setContext(before);
			readOnly.removeAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE);
			readOnly.removeAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE);
		}
		return new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static void render(WaitingRoom room, HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		request.setAttribute(WaitingRoom.ATTRIBUTE, room);
		request.getRequestDispatcher(DatabaseUnavailableFilter.WAITING_PATH)
			.forward(new DatabaseUnavailableFilter.ReadOnly(request), response);
	}

	/**
	 * What tells one shell from another: a page says "in a second" without a number.
	 */
	private record Key(String language, boolean offersSignOut, boolean inLine, boolean inASecond) {
	}

	/**
	 * The rendered page cut at its stand-ins: the text before the retry form's fields, one field, the text after.
	 */
	record Shell(List<Part> before, List<Part> field, List<Part> after, List<String[]> headers, String contentType) {

		static Shell of(String page) {
			int form = page.indexOf("id=\"busy-retry\"");
			int token = form < 0 ? -1 : page.indexOf(TOKEN, form);
			int fieldStart = token < 0 ? -1 : page.lastIndexOf("<input", token);
			int fieldEnd = token < 0 ? -1 : page.indexOf('>', token) + 1;
			String field = fieldStart < 0 ? "" : page.substring(fieldStart, fieldEnd);
			String name = "name=\"" + WaitingRoom.CSRF_FIELD + "\"";
			if (fieldStart < form || !field.contains(name) || field.indexOf(name) > field.indexOf(TOKEN)) {
				throw new IllegalStateException("the waiting page's retry form has no field where one was expected");
			}
			int nameAt = field.indexOf(name) + "name=\"".length();
			int valueAt = field.indexOf(TOKEN);
			List<Part> fieldParts = List.of(Part.text(field.substring(0, nameAt)), Part.FIELD_NAME,
					Part.text(field.substring(nameAt + WaitingRoom.CSRF_FIELD.length(), valueAt)), Part.FIELD_VALUE,
					Part.text(field.substring(valueAt + TOKEN.length())));
			return new Shell(parts(page.substring(0, fieldStart)), fieldParts, parts(page.substring(fieldEnd)),
					List.of(), null);
		}

		Shell answeredWith(List<String[]> headers, String contentType) {
			return new Shell(before, field, after, List.copyOf(headers), contentType);
		}

		void write(WaitingRoom room, HttpServletResponse response) throws IOException {
			StringBuilder page = new StringBuilder(8192);
			append(page, before, room, null);
			for (WaitingRoom.Field each : room.fields()) {
				append(page, field, room, each);
			}
			append(page, after, room, null);
			byte[] body = page.toString().getBytes(StandardCharsets.UTF_8);
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			Set<String> named = new HashSet<>();
			for (String[] header : headers) {
				if (named.add(header[0].toLowerCase(Locale.ROOT))) {
					response.setHeader(header[0], header[1]);
				}
				else {
					response.addHeader(header[0], header[1]);
				}
			}
			if (contentType != null) {
				response.setContentType(contentType);
			}
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}

		private static void append(StringBuilder page, List<Part> parts, WaitingRoom room, WaitingRoom.Field field) {
			for (Part part : parts) {
				page.append(switch (part.kind()) {
					case TEXT -> part.text();
					case ACTION -> escaped(room.action());
					case TOKEN -> escaped(room.csrfToken() == null ? "" : room.csrfToken());
					case SECONDS -> room.seconds();
					case PLACE -> room.placeInLine();
					case FIELD_NAME -> escaped(field.name());
					case FIELD_VALUE -> escaped(field.value());
				});
			}
		}

		private static String escaped(String text) {
			return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
		}

		/** {@code text} cut at its stand-ins. */
		private static List<Part> parts(String text) {
			List<Part> parts = new ArrayList<>();
			int at = 0;
			while (true) {
				Part next = null;
				int nextAt = -1;
				for (Part standIn : Part.STAND_INS) {
					int found = text.indexOf(standIn.text(), at);
					if (found >= 0 && (nextAt < 0 || found < nextAt)) {
						next = standIn;
						nextAt = found;
					}
				}
				if (next == null) {
					parts.add(Part.text(text.substring(at)));
					return List.copyOf(parts);
				}
				parts.add(Part.text(text.substring(at, nextAt)));
				parts.add(next);
				at = nextAt + next.text().length();
			}
		}

	}

	/**
	 * A piece of the page: its own text, or where a submission's own goes (a stand-in, whose text is the stand-in's).
	 */
	record Part(Kind kind, String text) {

		static final Part ACTION_PART = new Part(Kind.ACTION, ACTION);

		static final Part TOKEN_PART = new Part(Kind.TOKEN, TOKEN);

		static final Part SECONDS_PART = new Part(Kind.SECONDS, Long.toString(SECONDS));

		static final Part PLACE_PART = new Part(Kind.PLACE, Long.toString(PLACE));

		static final List<Part> STAND_INS = List.of(ACTION_PART, TOKEN_PART, SECONDS_PART, PLACE_PART);

		static final Part FIELD_NAME = new Part(Kind.FIELD_NAME, null);

		static final Part FIELD_VALUE = new Part(Kind.FIELD_VALUE, null);

		static Part text(String text) {
			return new Part(Kind.TEXT, text);
		}

		enum Kind {

			TEXT, ACTION, TOKEN, SECONDS, PLACE, FIELD_NAME, FIELD_VALUE

		}

	}

}
