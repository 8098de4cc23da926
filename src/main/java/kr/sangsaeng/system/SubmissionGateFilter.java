package kr.sangsaeng.system;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Passes submissions ({@code POST}s to the configured paths) through the {@link SubmissionGate} before the session
 * is read and the visitor is checked, bank systems' API calls through permits of their own. A person's submission
 * goes ahead at once when a permit is free and nobody waits for one; one whose turn in the {@link WaitingLine} has
 * come waits a little for a permit. Any other gets the waiting page, with its place in the line (kept when it
 * brought one) and a {@code Retry-After} of when its turn comes, without a database connection and, once the page
 * is known in the visitor's language, without rendering it again ({@link WaitingPages}). A bank system's call that
 * gets no permit within its wait is answered with a 503 problem. A submission that gets a permit holds it until its
 * answer is written and its session saved. Uploads of files are left out: the waiting page could not send the files
 * again.
 */
class SubmissionGateFilter extends OncePerRequestFilter {

	static final String SESSION_COOKIE = "SESSION";

	private final SubmissionGate gate;

	private final Overload overload;

	private final WaitingPages waitingPages;

	private final WaitingLine line;

	private final List<PathPattern> gated;

	private final List<PathPattern> anonymous;

	SubmissionGateFilter(SubmissionGate gate, Overload overload, WaitingPages waitingPages, WaitingLine line,
			List<String> gatedPaths, List<String> anonymousPaths) {
		this.gate = gate;
		this.overload = overload;
		this.waitingPages = waitingPages;
		this.line = line;
		this.gated = patterns(gatedPaths);
		this.anonymous = patterns(anonymousPaths);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.POST.matches(request.getMethod()) || isUpload(request) || !matches(gated, request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (Overload.isBankApi(request)) {
			passBankCall(request, response, chain);
			return;
		}
		SubmissionGate.Permits permits = gate.forms();
		// the body is read only when there is no room at once: a form too large is refused downstream as such
		if (permits.enterIfFree()) {
			pass(request, response, chain, permits);
			return;
		}
		Instant now = Instant.now();
		WaitingLine.Place place = line.read(request.getParameter(WaitingLine.FIELD), now);
		if (place != null && line.isDue(place, now) && permits.enter()) {
			pass(request, response, chain, permits);
			return;
		}
		WaitingLine.Place kept = place != null ? place : line.join(now);
		long seconds = line.secondsUntil(kept, now);
		overload.retryAfter(response, seconds);
		WaitingRoom room = overload.waitingRoom(request, hasSession(request) && !matches(anonymous, request));
		waitingPages.answer(room.inLine(kept.ticket(), line.placeInLine(kept, now), seconds), request, response);
	}

	private void pass(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			SubmissionGate.Permits permits) throws ServletException, IOException {
		long entered = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			permits.leave();
			line.served(System.nanoTime() - entered);
		}
	}

	private void passBankCall(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SubmissionGate.Permits permits = gate.bankCalls();
		if (!permits.enter()) {
			overload.writeProblem(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			permits.leave();
		}
	}

	private static boolean hasSession(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (SESSION_COOKIE.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean matches(List<PathPattern> patterns, HttpServletRequest request) {
		if (patterns.isEmpty()) {
			return false;
		}
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return patterns.stream().anyMatch(pattern -> pattern.matches(path));
	}

	private static List<PathPattern> patterns(List<String> paths) {
		return paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	private static boolean isUpload(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

}
