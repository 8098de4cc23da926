package kr.sangsaeng.audit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records sign-ins, failed sign-ins (with the username tried, never the password), sign-outs people ask for and refused
 * requests of signed-in users, each in a transaction of its own. A failure to record is logged and does not
 * change the answer the person gets.
 */
@Component
class SecurityEvents {

	static final String SIGNED_IN = "sign-in.succeeded";

	static final String SIGN_IN_FAILED = "sign-in.failed";

	static final String SIGNED_OUT = "sign-out";

	static final String ACCESS_DENIED = "access.denied";

	/**
	 * Where people sign out themselves (the security configuration's logout URL).
	 */
	static final String SIGN_OUT_PATH = "/logout";

	/**
	 * Marks a request whose refusal is already recorded, so that its error page does not record it again.
	 */
	static final String DENIAL_RECORDED = SecurityEvents.class.getName() + ".DENIAL_RECORDED";

	private static final Logger log = LoggerFactory.getLogger(SecurityEvents.class);

	private final AuditRecorder recorder;

	private final RequestOrigins addresses;

	SecurityEvents(AuditRecorder recorder, RequestOrigins addresses) {
		this.recorder = recorder;
		this.addresses = addresses;
	}

	// Spring Security's events come while the request is answered, outside any change's transaction.
	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		record(Actor.of(authentication, true), addresses.current(), account(authentication.getName()), SIGNED_IN,
				Map.of());
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		record(Actor.ANONYMOUS, addresses.current(), account(event.getAuthentication().getName()), SIGN_IN_FAILED,
				Map.of("reason", reason(event.getException())));
	}

	/**
	 * A sign-out the person asked for. A session ended by someone else (an administrator disabling the account,
	 * the holder changing the password elsewhere) also signs out at its next request, but that is not the person's
	 * doing: it was recorded as {@code session.ended} by whoever ended it, and is not recorded again here.
	 */
	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		HttpServletRequest request = currentRequest();
		if (request != null && !SIGN_OUT_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			return;
		}
		if (Actor.isSignedIn(authentication)) {
			record(Actor.of(authentication, true), addresses.current(), account(authentication.getName()), SIGNED_OUT,
					Map.of());
		}
	}

	/**
	 * A request or method call refused by the security rules. Anonymous visitors are not recorded: they are
	 * asked to sign in.
	 */
	@EventListener
	void denied(AuthorizationDeniedEvent<?> event) {
		Authentication authentication = event.getAuthentication().get();
		if (!Actor.isSignedIn(authentication)) {
			return;
		}
		HttpServletRequest request = event.getObject() instanceof HttpServletRequest refused ? refused
				: currentRequest();
		String subject;
		Map<String, Object> details = new LinkedHashMap<>();
		if (event.getObject() instanceof MethodInvocation invocation) {
			subject = "operation:" + invocation.getMethod().getDeclaringClass().getSimpleName() + "."
					+ invocation.getMethod().getName();
		}
		else {
			subject = request == null ? "operation:unknown" : path(request.getRequestURI());
			if (request != null) {
				details.put("method", request.getMethod());
			}
		}
		details.put("reason", "not-authorised");
		if (event.getAuthorizationResult() instanceof AuthorityAuthorizationDecision decision) {
			details.put("required",
					decision.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
		}
		Origin origin = request == null ? Origin.NONE : addresses.originOf(request);
		record(Actor.of(authentication, request != null), origin, subject, ACCESS_DENIED, details);
		if (request != null) {
			request.setAttribute(DENIAL_RECORDED, Boolean.TRUE);
		}
	}

	/**
	 * A request of a signed-in user answered with 403 that the security rules did not refuse themselves: a
	 * missing or stale CSRF token, or a page that checked ownership and said no.
	 */
	void forbidden(Authentication authentication, HttpServletRequest request, String method, String path) {
		if (!Actor.isSignedIn(authentication) || request.getAttribute(DENIAL_RECORDED) != null) {
			return;
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("method", method);
		details.put("reason", "forbidden");
		record(Actor.of(authentication, true), addresses.originOf(request), path(path), ACCESS_DENIED, details);
		request.setAttribute(DENIAL_RECORDED, Boolean.TRUE);
	}

	private void record(Actor actor, Origin origin, String subject, String action, Map<String, ?> details) {
		try {
			recorder.appendOnItsOwn(actor, origin, subject, action, details);
		}
		catch (DataAccessException failure) {
			log.error("Could not record {} of {} in the audit trail", action, actor.username(), failure);
		}
	}

	private static String account(String username) {
		return "account:" + (username == null ? "" : username);
	}

	private static String path(String path) {
		return "path:" + (path == null ? "" : path);
	}

	private static String reason(AuthenticationException failure) {
		if (failure instanceof BadCredentialsException) {
			return "bad-credentials";
		}
		if (failure instanceof DisabledException) {
			return "disabled";
		}
		if (failure instanceof LockedException) {
			return "locked";
		}
		if (failure instanceof AccountExpiredException) {
			return "account-expired";
		}
		if (failure instanceof CredentialsExpiredException) {
			return "credentials-expired";
		}
		return "other";
	}


	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}
