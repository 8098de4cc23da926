package kr.sangsaeng.identity;

import java.util.Collection;
import java.util.List;

import kr.sangsaeng.shared.LocalizedName;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request: their account, role and organisation. Controllers receive it with
 * {@code @AuthenticationPrincipal}.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	private final long accountId;

	private final String username;

	private String passwordHash;

	private final String displayName;

	private final Role role;

	private final OrganisationRef organisation;

	private final boolean enabled;

	public SignedInUser(long accountId, String username, String passwordHash, String displayName, Role role,
			OrganisationRef organisation, boolean enabled) {
		this.accountId = accountId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.organisation = organisation;
		this.enabled = enabled;
	}

	public long accountId() {
		return accountId;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public OrganisationRef organisation() {
		return organisation;
	}

	/**
	 * The same person, after their organisation changed its name.
	 */
	public SignedInUser withOrganisationName(LocalizedName name) {
		return new SignedInUser(accountId, username, passwordHash, displayName, role,
				new OrganisationRef(organisation.id(), organisation.kind(), organisation.code(), name), enabled);
	}

	/**
	 * This person as the one who does something.
	 */
	public Actor actor() {
		return Actor.person(username, role);
	}

	public boolean hasRole(Role candidate) {
		return role == candidate;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(role.authority());
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser user && user.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

	@Override
	public String toString() {
		return "SignedInUser[" + username + ", " + role + ", " + organisation.code() + "]";
	}

}
