package kr.sangsaeng.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	static final String HOME = "198.51.100.7";

	final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T00:00:00Z"));

	final SignInThrottle throttle = new SignInThrottle(clock);

	@Test
	void fourFailuresLetTheNextAttemptThroughAndTheFifthMakesTheAccountWaitAMinute() {
		fail("kim@example.kr", 4);
		assertThat(throttle.waitBeforeSignIn("kim@example.kr", HOME)).isEmpty();

		fail("kim@example.kr", 1);
		assertThat(throttle.waitBeforeSignIn("kim@example.kr", HOME)).contains(Duration.ofMinutes(1));
		assertThat(throttle.waitBeforeSignIn("KIM@example.kr ", "203.0.113.1")).as("any address, any case")
			.contains(Duration.ofMinutes(1));
		assertThat(throttle.waitBeforeSignIn("lee@example.kr", HOME)).as("another account").isEmpty();
	}

	@Test
	void eachFurtherFailureDoublesTheWaitUpToAnHour() {
		fail("park@example.kr", 5);
		for (long minutes : new long[] { 2, 4, 8, 16, 32, 60, 60 }) {
			clock.pass(throttle.waitBeforeSignIn("park@example.kr", HOME).orElseThrow());
			assertThat(throttle.waitBeforeSignIn("park@example.kr", HOME)).isEmpty();
			fail("park@example.kr", 1);
			assertThat(throttle.waitBeforeSignIn("park@example.kr", HOME)).contains(Duration.ofMinutes(minutes));
		}
	}

	@Test
	void theWaitShrinksAsTimePasses() {
		fail("choi@example.kr", 5);
		clock.pass(Duration.ofSeconds(45));
		assertThat(throttle.waitBeforeSignIn("choi@example.kr", HOME)).contains(Duration.ofSeconds(15));
	}

	@Test
	void aSuccessfulSignInForgetsTheFailuresOfTheAccount() {
		fail("jung@example.kr", 4);
		throttle.succeeded("jung@example.kr");
		fail("jung@example.kr", 4);
		assertThat(throttle.waitBeforeSignIn("jung@example.kr", HOME)).isEmpty();
	}

	@Test
	void failuresADayOldAreForgotten() {
		fail("han@example.kr", 4);
		clock.pass(Duration.ofHours(25));
		fail("han@example.kr", 1);
		assertThat(throttle.waitBeforeSignIn("han@example.kr", HOME)).isEmpty();
	}

	@Test
	void thirtyFailuresFromOneAddressMakeItWaitWhateverTheUsername() {
		for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
			throttle.failed("guess" + i + "@example.kr", HOME);
		}
		assertThat(throttle.waitBeforeSignIn("someone.else@example.kr", HOME)).contains(Duration.ofMinutes(5));
		assertThat(throttle.waitBeforeSignIn("someone.else@example.kr", "203.0.113.1")).isEmpty();

		throttle.succeeded("guess1@example.kr");
		assertThat(throttle.waitBeforeSignIn("someone.else@example.kr", HOME))
			.as("signing in with an account of one's own does not lift the limit of the address")
			.contains(Duration.ofMinutes(5));
	}

	private void fail(String username, int times) {
		for (int i = 0; i < times; i++) {
			throttle.failed(username, HOME);
		}
	}

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void pass(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
