package kr.sangsaeng.identity.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kr.sangsaeng.identity.BankClient;

/**
 * An API token of a bank, known by the hash of its secret (see {@code V12__bank_api_tokens.sql}).
 */
@Entity
@Table(name = "bank_api_token")
public class BankApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Column(nullable = false)
	private String name;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "token_prefix", nullable = false)
	private String tokenPrefix;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoked_by")
	private String revokedBy;

	protected BankApiToken() {
	}

	BankApiToken(Organisation organisation, String name, Secret secret, String createdBy, Instant createdAt) {
		this.organisation = organisation;
		this.name = name;
		this.tokenHash = secret.hash();
		this.tokenPrefix = secret.prefix();
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	Long id() {
		return id;
	}

	Organisation organisation() {
		return organisation;
	}

	String name() {
		return name;
	}

	String prefix() {
		return tokenPrefix;
	}

	boolean isRevoked() {
		return revokedAt != null;
	}

	void revoke(String by, Instant at) {
		this.revokedBy = by;
		this.revokedAt = at;
	}

	/**
	 * Notes that the token was used, unless that was noted less than {@code precision} ago: a token used many
	 * times a minute is written once a minute, not on every request.
	 */
	void used(Instant at, Duration precision) {
		if (lastUsedAt == null || !lastUsedAt.plus(precision).isAfter(at)) {
			lastUsedAt = at;
		}
	}

	BankClient toClient() {
		return new BankClient(organisation.toRef(), id, name);
	}

	BankApiTokenView toView() {
		return new BankApiTokenView(id, organisation.toRef(), name, tokenPrefix, createdBy, createdAt, lastUsedAt,
				revokedAt, revokedBy);
	}

}
