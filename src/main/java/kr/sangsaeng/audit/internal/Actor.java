package kr.sangsaeng.audit.internal;

import kr.sangsaeng.identity.BankClient;
import kr.sangsaeng.identity.SignedInUser;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who did something: the signed-in user with their role and organisation, or a bank's system by its API token
 * ({@code api-token:ID}, role {@code BANK_SYSTEM}, the bank); {@code anonymous} for a request nobody signed in
 * to, {@code system} when there is no request at all (a background task).
 */
record Actor(String username, String role, String organisationCode) {

	static final Actor SYSTEM = new Actor("system", null, null);

	static final Actor ANONYMOUS = new Actor("anonymous", null, null);

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private static final String ROLE_PREFIX = "ROLE_";

	/**
	 * Who is behind the current thread's work.
	 */
	static Actor current() {
		return of(SecurityContextHolder.getContext().getAuthentication(),
				RequestContextHolder.getRequestAttributes() != null);
	}

	static Actor of(Authentication authentication, boolean inRequest) {
		if (!TRUST.isAuthenticated(authentication)) {
			return inRequest ? ANONYMOUS : SYSTEM;
		}
		if (authentication.getPrincipal() instanceof SignedInUser user) {
			return new Actor(user.getUsername(), user.role().name(), user.organisation().code());
		}
		if (authentication.getPrincipal() instanceof BankClient client) {
			return new Actor(client.getName(), BankClient.ROLE, client.bankCode().value());
		}
		String role = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
			.map(authority -> authority.substring(ROLE_PREFIX.length()))
			.findFirst()
			.orElse(null);
		return new Actor(authentication.getName(), role, null);
	}

	static boolean isSignedIn(Authentication authentication) {
		return TRUST.isAuthenticated(authentication);
	}

}
