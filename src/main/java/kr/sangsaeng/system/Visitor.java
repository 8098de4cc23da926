package kr.sangsaeng.system;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at the page, as the layout asks on every page ({@code ${@visitor.has('FUNDER')}}): read from the
 * signed-in visitor's roles as they are, where an access expression would be parsed and its handler looked up anew
 * for each menu item. What a visitor may open is decided by the security configuration, not here.
 */
@Component("visitor")
public class Visitor {

	private static final String ROLE = "ROLE_";

	/**
	 * Whether the visitor has signed in and holds {@code role} (without its {@code ROLE_} prefix).
	 */
	public boolean has(String role) {
		return hasAny(role);
	}

	/**
	 * Whether the visitor has signed in and holds any of {@code roles}.
	 */
	public boolean hasAny(String... roles) {
		Authentication authentication = signedIn();
		if (authentication == null) {
			return false;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String held = authority.getAuthority();
			if (held != null && held.startsWith(ROLE)) {
				for (String role : roles) {
					if (held.length() == ROLE.length() + role.length() && held.endsWith(role)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * Whether nobody has signed in.
	 */
	public boolean isAnonymous() {
		return signedIn() == null;
	}

	private static Authentication signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated() ? null : authentication;
	}

}
