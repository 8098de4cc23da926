package kr.sangsaeng.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down the guessing of passwords. After {@value #ACCOUNT_FAILURES} failed sign-ins in a row for a username,
 * that username must wait a minute before it may try again, then twice as long after each further failure, up to
 * an hour; a successful sign-in ends the wait. After {@value #ADDRESS_FAILURES} failures from one address, whatever
 * the usernames, that address waits in the same way, starting at {@link #ADDRESS_FIRST_WAIT}. Usernames that have no
 * account are counted like any other, so that the waiting tells nobody which accounts exist.
 * <p>
 * Failures are forgotten a day after the last one for a username and an hour after the last one from an address.
 * They are kept in the database, so that all instances of the application count them together.
 */
@Component
public class SignInThrottle {

	static final int ACCOUNT_FAILURES = 5;

	static final int ADDRESS_FAILURES = 30;

	static final Duration ACCOUNT_FIRST_WAIT = Duration.ofMinutes(1);

	static final Duration ADDRESS_FIRST_WAIT = Duration.ofMinutes(5);

	static final Duration LONGEST_WAIT = Duration.ofHours(1);

	static final Duration ACCOUNT_MEMORY = Duration.ofDays(1);

	static final Duration ADDRESS_MEMORY = Duration.ofHours(1);

	private static final int USERNAME_LIMIT = 254;

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * How long {@code username} must still wait before signing in from {@code address}, if it must.
	 */
	public Optional<Duration> waitBeforeSignIn(String username, String address) {
		Instant now = clock.instant();
		return jdbc.sql("select max(blocked_until) from sign_in_failure "
				+ "where (kind = 'ACCOUNT' and key = :account) or (kind = 'ADDRESS' and key = :address)")
			.param("account", key(username))
			.param("address", address == null ? "" : address)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.filter(blockedUntil -> blockedUntil.isAfter(now))
			.map(blockedUntil -> Duration.between(now, blockedUntil));
	}

	/**
	 * A sign-in as {@code username} from {@code address} failed: wrong password or unknown username.
	 */
	@Transactional
	public void failed(String username, String address) {
		Instant now = clock.instant();
		count(Kind.ACCOUNT, key(username), now);
		if (address != null) {
			count(Kind.ADDRESS, address, now);
		}
		for (Kind kind : Kind.values()) {
			jdbc.sql("delete from sign_in_failure where kind = :kind and last_failure_at < :forgetBefore "
					+ "and (blocked_until is null or blocked_until <= :now)")
				.param("kind", kind.name())
				.param("forgetBefore", Timestamp.from(now.minus(kind.memory)))
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	/**
	 * {@code username} signed in: its failures are forgotten. Those of the address stay, so that an account of
	 * one's own does not lift the limit on guessing the passwords of others.
	 */
	public void succeeded(String username) {
		jdbc.sql("delete from sign_in_failure where kind = 'ACCOUNT' and key = :key").param("key", key(username)).update();
	}

	private void count(Kind kind, String key, Instant now) {
		jdbc.sql("insert into sign_in_failure (kind, key, failures, last_failure_at) values (:kind, :key, 0, :now) "
				+ "on conflict do nothing")
			.param("kind", kind.name())
			.param("key", key)
			.param("now", Timestamp.from(now))
			.update();
		Failures previous = jdbc.sql("select failures, last_failure_at, blocked_until from sign_in_failure "
				+ "where kind = :kind and key = :key for update")
			.param("kind", kind.name())
			.param("key", key)
			.query((row, number) -> new Failures(row.getInt(1), row.getTimestamp(2).toInstant(),
					row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant()))
			.single();
		Failures next = Failures.after(previous, now, kind.memory, kind.allowed, kind.firstWait);
		jdbc.sql("update sign_in_failure set failures = :failures, last_failure_at = :last, blocked_until = :blockedUntil "
				+ "where kind = :kind and key = :key")
			.param("failures", next.count())
			.param("last", Timestamp.from(next.last()))
			.param("blockedUntil", next.blockedUntil() == null ? null : Timestamp.from(next.blockedUntil()))
			.param("kind", kind.name())
			.param("key", key)
			.update();
	}

	/**
	 * A username as accounts have it: without surrounding spaces, in lower case, at most 254 characters; control
	 * characters, which no username has and PostgreSQL's text cannot hold, become spaces.
	 */
	private static String key(String username) {
		String key = username == null ? "" : CONTROL.matcher(username).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
		return key.length() > USERNAME_LIMIT ? key.substring(0, USERNAME_LIMIT) : key;
	}

	/**
	 * What failures are counted for: a username, or the address they came from.
	 */
	enum Kind {

		ACCOUNT(ACCOUNT_FAILURES, ACCOUNT_FIRST_WAIT, ACCOUNT_MEMORY), ADDRESS(ADDRESS_FAILURES, ADDRESS_FIRST_WAIT,
				ADDRESS_MEMORY);

		final int allowed;

		final Duration firstWait;

		final Duration memory;

		Kind(int allowed, Duration firstWait, Duration memory) {
			this.allowed = allowed;
			this.firstWait = firstWait;
			this.memory = memory;
		}

	}

	/**
	 * The failures in a row of one username or address, and until when it must wait.
	 */
	record Failures(int count, Instant last, Instant blockedUntil) {

		static Failures after(Failures previous, Instant now, Duration memory, int allowed, Duration firstWait) {
			int count = previous == null || previous.isForgottenAt(now, memory) ? 1 : previous.count + 1;
			Instant blockedUntil = null;
			if (count >= allowed) {
				long doublings = Math.min(count - allowed, 12);
				Duration wait = firstWait.multipliedBy(1L << doublings);
				blockedUntil = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
			}
			return new Failures(count, now, blockedUntil);
		}

		Duration waitAt(Instant now) {
			return blockedUntil == null || !blockedUntil.isAfter(now) ? Duration.ZERO
					: Duration.between(now, blockedUntil);
		}

		boolean isForgottenAt(Instant now, Duration memory) {
			return last.plus(memory).isBefore(now) && waitAt(now).isZero();
		}

	}

}
