package kr.sangsaeng.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down the guessing of passwords. After {@value #ACCOUNT_FAILURES} failed sign-ins in a row for a username,
 * that username must wait a minute before it may try again, then twice as long after each further failure, up to
 * an hour; a successful sign-in ends the wait. After {@value #ADDRESS_FAILURES} failures from one address, whatever
 * the usernames, that address waits in the same way, starting at {@link #ADDRESS_FIRST_WAIT}. Usernames that have no
 * account are counted like any other, so that the waiting tells nobody which accounts exist.
 * <p>
 * Failures are forgotten a day after the last one for a username and an hour after the last one from an address.
 * They are counted by each instance of the application.
 */
@Component
public class SignInThrottle {

	static final int ACCOUNT_FAILURES = 5;

	static final int ADDRESS_FAILURES = 30;

	static final Duration ACCOUNT_FIRST_WAIT = Duration.ofMinutes(1);

	static final Duration ADDRESS_FIRST_WAIT = Duration.ofMinutes(5);

	static final Duration LONGEST_WAIT = Duration.ofHours(1);

	private static final Duration ACCOUNT_MEMORY = Duration.ofDays(1);

	private static final Duration ADDRESS_MEMORY = Duration.ofHours(1);

	private static final int USERNAME_LIMIT = 254;

	/** Beyond this many usernames or addresses, the ones whose failures are forgotten are let go. */
	private static final int TIDY_ABOVE = 10_000;

	private final Map<String, Failures> accounts = new ConcurrentHashMap<>();

	private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

	private final Clock clock;

	@Autowired
	SignInThrottle(Clock clock) {
		this.clock = clock;
	}

	/**
	 * How long {@code username} must still wait before signing in from {@code address}, if it must.
	 */
	public Optional<Duration> waitBeforeSignIn(String username, String address) {
		Instant now = clock.instant();
		Duration wait = Duration.ZERO;
		Failures account = accounts.get(key(username));
		if (account != null) {
			wait = account.waitAt(now);
		}
		Failures fromAddress = address == null ? null : addresses.get(address);
		if (fromAddress != null) {
			Duration addressWait = fromAddress.waitAt(now);
			wait = addressWait.compareTo(wait) > 0 ? addressWait : wait;
		}
		return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
	}

	/**
	 * A sign-in as {@code username} from {@code address} failed: wrong password or unknown username.
	 */
	public void failed(String username, String address) {
		Instant now = clock.instant();
		accounts.compute(key(username), (name, failures) -> Failures.after(failures, now, ACCOUNT_MEMORY,
				ACCOUNT_FAILURES, ACCOUNT_FIRST_WAIT));
		if (address != null) {
			addresses.compute(address, (from, failures) -> Failures.after(failures, now, ADDRESS_MEMORY,
					ADDRESS_FAILURES, ADDRESS_FIRST_WAIT));
		}
		tidy(accounts, now, ACCOUNT_MEMORY);
		tidy(addresses, now, ADDRESS_MEMORY);
	}

	/**
	 * {@code username} signed in: its failures are forgotten. Those of the address stay, so that an account of
	 * one's own does not lift the limit on guessing the passwords of others.
	 */
	public void succeeded(String username) {
		accounts.remove(key(username));
	}

	/** A username as accounts have it: without surrounding spaces, in lower case, at most 254 characters. */
	private static String key(String username) {
		String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return key.length() > USERNAME_LIMIT ? key.substring(0, USERNAME_LIMIT) : key;
	}

	private static void tidy(Map<String, Failures> failures, Instant now, Duration memory) {
		if (failures.size() > TIDY_ABOVE) {
			failures.entrySet().removeIf(entry -> entry.getValue().isForgottenAt(now, memory));
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
