package kr.sangsaeng.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use links that let the holder of an account's mailbox choose its password: after an invitation or when
 * the password is forgotten. Only the hash of a link's secret is kept; a link works once, until it expires, and
 * using one (or asking for a new reset) ends the account's other open links of that purpose.
 */
@Component
class AccountTokens {

	enum Purpose {

		PASSWORD_RESET("rst_"), INVITATION("inv_");

		private final String prefix;

		Purpose(String prefix) {
			this.prefix = prefix;
		}

	}

	record Issued(Secret secret, Instant expiresAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Issued issue(long accountId, Purpose purpose, Duration validFor) {
		Instant now = clock.instant();
		Secret secret = Secret.generate(purpose.prefix);
		Instant expires = now.plus(validFor);
		jdbc.sql("insert into account_token (token_hash, account_id, purpose, created_at, expires_at) "
				+ "values (:hash, :account, :purpose, :now, :expires)")
			.param("hash", secret.hash())
			.param("account", accountId)
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expires))
			.update();
		return new Issued(secret, expires);
	}

	/**
	 * The account a link still opens, without using it up.
	 */
	Optional<Long> holder(String secret, Purpose purpose) {
		if (!wellFormed(secret, purpose)) {
			return Optional.empty();
		}
		return jdbc
			.sql("select account_id from account_token where token_hash = :hash and purpose = :purpose "
					+ "and used_at is null and expires_at > :now")
			.param("hash", new Secret(secret).hash())
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.optional();
	}

	/**
	 * Uses a link up: the account it opened, if it was still open; every other open link of the account for the same
	 * purpose is closed with it.
	 */
	Optional<Long> use(String secret, Purpose purpose) {
		if (!wellFormed(secret, purpose)) {
			return Optional.empty();
		}
		Timestamp now = Timestamp.from(clock.instant());
		Optional<Long> account = jdbc
			.sql("update account_token set used_at = :now where token_hash = :hash and purpose = :purpose "
					+ "and used_at is null and expires_at > :now returning account_id")
			.param("hash", new Secret(secret).hash())
			.param("purpose", purpose.name())
			.param("now", now)
			.query(Long.class)
			.optional();
		account.ifPresent(id -> closeOpen(id, purpose));
		return account;
	}

	void closeOpen(long accountId, Purpose purpose) {
		jdbc.sql("update account_token set used_at = :now where account_id = :account and purpose = :purpose "
				+ "and used_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("account", accountId)
			.param("purpose", purpose.name())
			.update();
	}

	int issuedSince(long accountId, Purpose purpose, Instant since) {
		return jdbc
			.sql("select count(*) from account_token where account_id = :account and purpose = :purpose "
					+ "and created_at > :since")
			.param("account", accountId)
			.param("purpose", purpose.name())
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	private static boolean wellFormed(String secret, Purpose purpose) {
		return secret != null && secret.length() <= 100 && secret.startsWith(purpose.prefix);
	}

}
