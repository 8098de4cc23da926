package kr.sangsaeng.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kr.sangsaeng.shared.LocalizedName;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signs in an account that has just been opened, as the sign-in form would: a new session id, a new CSRF
 * token, the signed-in user kept in the session, and the session known to the registry of open sessions (so that
 * disabling the account ends it).
 */
@Component
public class SessionSignIn {

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

	private final ApplicationEventPublisher events;

	private final SessionRegistry sessions;

	SessionSignIn(ApplicationEventPublisher events, SessionRegistry sessions) {
		this.events = events;
		this.sessions = sessions;
	}

	public void signIn(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
		user.eraseCredentials();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user,
				null, user.getAuthorities());
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(authentication);
		contexts.setContext(context);
		request.getSession(true);
		String sessionId = request.changeSessionId();
		sessions.registerNewSession(sessionId, user);
		csrfTokens.saveToken(null, request, response);
		contextRepository.saveContext(context, request, response);
		events.publishEvent(new AuthenticationSuccessEvent(authentication));
	}

	/**
	 * Keeps the signed-in user of this session current after their organisation changed its name, so that
	 * every page shows the new name without signing in again.
	 */
	public void organisationRenamed(SignedInUser user, LocalizedName name, HttpServletRequest request,
			HttpServletResponse response) {
		SignedInUser renamed = user.withOrganisationName(name);
		renamed.eraseCredentials();
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(renamed, null, renamed.getAuthorities()));
		contexts.setContext(context);
		contextRepository.saveContext(context, request, response);
	}

}
