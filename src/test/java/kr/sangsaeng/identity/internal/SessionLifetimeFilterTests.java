package kr.sangsaeng.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class SessionLifetimeFilterTests {

	@Test
	void aSessionOlderThanTwelveHoursEndsAtItsNextRequestHoweverBusyItWas() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Instant created = Instant.ofEpochMilli(session.getCreationTime());

		request(session, created.plus(Duration.ofHours(12)).minusSeconds(1));
		assertThat(session.isInvalid()).as("eleven hours and 59 minutes in").isFalse();

		request(session, created.plus(Duration.ofHours(12)).plusSeconds(1));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void requestsWithoutASessionGoOnWithoutOne() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/programmes");
		MockFilterChain chain = new MockFilterChain();
		new SessionLifetimeFilter(Clock.systemUTC(), Duration.ofHours(12)).doFilter(request,
				new MockHttpServletResponse(), chain);
		assertThat(request.getSession(false)).isNull();
		assertThat(chain.getRequest()).isSameAs(request);
	}

	private static void request(MockHttpSession session, Instant at) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/review");
		request.setSession(session);
		MockFilterChain chain = new MockFilterChain();
		new SessionLifetimeFilter(Clock.fixed(at, ZoneOffset.UTC), Duration.ofHours(12)).doFilter(request,
				new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).as("the request goes on").isSameAs(request);
	}

}
