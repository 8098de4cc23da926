package kr.sangsaeng.identity.internal;

import java.time.Instant;

import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.identity.Role;

/**
 * An account as administrators see it, without its password hash.
 */
public record AccountView(long id, String username, String displayName, Role role, OrganisationRef organisation,
		boolean enabled, Instant lastSignInAt, String email) {
}
