package kr.sangsaeng.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.system.ClientAddresses;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

@SangsaengTest
class SignInThrottleTests {

	/** An address of its own for each test, as the failures are kept in the database the tests share. */
	final String home = "198.51." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);

	final MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

	final SignInThrottle throttle;

	SignInThrottleTests(@Autowired JdbcClient jdbc) {
		this.throttle = new SignInThrottle(jdbc, clock);
	}

	@Test
	void fourFailuresLetTheNextAttemptThroughAndTheFifthMakesTheAccountWaitAMinute() {
		fail("kim@example.kr", 4);
		assertThat(throttle.waitBeforeSignIn("kim@example.kr", home)).isEmpty();

		fail("kim@example.kr", 1);
		assertThat(throttle.waitBeforeSignIn("kim@example.kr", home)).contains(Duration.ofMinutes(1));
		assertThat(throttle.waitBeforeSignIn("KIM@example.kr ", "203.0.113.1")).as("any address, any case")
			.contains(Duration.ofMinutes(1));
		assertThat(throttle.waitBeforeSignIn("lee@example.kr", home)).as("another account").isEmpty();
	}

	@Test
	void eachFurtherFailureDoublesTheWaitUpToAnHour() {
		fail("park@example.kr", 5);
		for (long minutes : new long[] { 2, 4, 8, 16, 32, 60, 60 }) {
			clock.pass(throttle.waitBeforeSignIn("park@example.kr", home).orElseThrow());
			assertThat(throttle.waitBeforeSignIn("park@example.kr", home)).isEmpty();
			fail("park@example.kr", 1);
			assertThat(throttle.waitBeforeSignIn("park@example.kr", home)).contains(Duration.ofMinutes(minutes));
		}
	}

	@Test
	void theWaitShrinksAsTimePasses() {
		fail("choi@example.kr", 5);
		clock.pass(Duration.ofSeconds(45));
		assertThat(throttle.waitBeforeSignIn("choi@example.kr", home)).contains(Duration.ofSeconds(15));
	}

	@Test
	void aSuccessfulSignInForgetsTheFailuresOfTheAccount() {
		fail("jung@example.kr", 4);
		throttle.succeeded("jung@example.kr");
		fail("jung@example.kr", 4);
		assertThat(throttle.waitBeforeSignIn("jung@example.kr", home)).isEmpty();
	}

	@Test
	void failuresADayOldAreForgotten() {
		fail("han@example.kr", 4);
		clock.pass(Duration.ofHours(25));
		fail("han@example.kr", 1);
		assertThat(throttle.waitBeforeSignIn("han@example.kr", home)).isEmpty();
	}

	@Test
	void thirtyFailuresFromOneAddressMakeItWaitWhateverTheUsername() {
		for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
			throttle.failed("guess" + i + "@example.kr", home);
		}
		assertThat(throttle.waitBeforeSignIn("someone.else@example.kr", home)).contains(Duration.ofMinutes(5));
		assertThat(throttle.waitBeforeSignIn("someone.else@example.kr", "203.0.113.1")).isEmpty();

		throttle.succeeded("guess1@example.kr");
		assertThat(throttle.waitBeforeSignIn("someone.else@example.kr", home))
			.as("signing in with an account of one's own does not lift the limit of the address")
			.contains(Duration.ofMinutes(5));
	}

	@Test
	void behindATrustedProxyTheForwardedClientAddressIsTheOneThrottled() throws Exception {
		String proxy = "10.0.0.5";
		ClientAddresses addresses = new ClientAddresses("10.0.0.0/8");
		SignInAttempts attempts = new SignInAttempts(throttle, addresses);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(signIn(proxy, home)));
		try {
			for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
				attempts.failed(new AuthenticationFailureBadCredentialsEvent(
						UsernamePasswordAuthenticationToken.unauthenticated("forwarded" + i + "@example.kr", "wrong"),
						new BadCredentialsException("wrong password")));
			}
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
		assertThat(throttle.waitBeforeSignIn("someone.else@example.kr", home)).contains(Duration.ofMinutes(5));
		assertThat(throttle.waitBeforeSignIn("someone.else@example.kr", proxy)).as("the proxy itself").isEmpty();

		SignInThrottleFilter filter = new SignInThrottleFilter(throttle, event -> {
		}, addresses);
		MockHttpServletResponse turnedAway = new MockHttpServletResponse();
		MockFilterChain notReached = new MockFilterChain();
		filter.doFilter(signIn(proxy, home), turnedAway, notReached);
		assertThat(notReached.getRequest()).as("the throttled client's sign-in goes no further").isNull();
		assertThat(turnedAway.getRedirectedUrl()).isEqualTo("/login?wait=5");

		MockFilterChain passed = new MockFilterChain();
		filter.doFilter(signIn(proxy, "203.0.113.1"), new MockHttpServletResponse(), passed);
		assertThat(passed.getRequest()).as("another client behind the same proxy").isNotNull();
	}

	private static MockHttpServletRequest signIn(String from, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setRemoteAddr(from);
		request.addHeader("X-Forwarded-For", forwardedFor);
		request.addParameter("username", "someone.else@example.kr");
		return request;
	}

	private void fail(String username, int times) {
		for (int i = 0; i < times; i++) {
			throttle.failed(username, home);
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
