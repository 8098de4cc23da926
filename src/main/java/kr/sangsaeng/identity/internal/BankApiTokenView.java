package kr.sangsaeng.identity.internal;

import java.io.Serializable;
import java.time.Instant;

import kr.sangsaeng.identity.OrganisationRef;

/**
 * An API token as administrators see it: whose it is, what it is called and how it was used, but not the token.
 */
public record BankApiTokenView(long id, OrganisationRef bank, String name, String prefix, String createdBy,
		Instant createdAt, Instant lastUsedAt, Instant revokedAt, String revokedBy) implements Serializable {

	public boolean isRevoked() {
		return revokedAt != null;
	}

}
