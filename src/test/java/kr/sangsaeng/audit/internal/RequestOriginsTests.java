package kr.sangsaeng.audit.internal;

import kr.sangsaeng.system.ClientAddresses;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class RequestOriginsTests {

	private final RequestOrigins direct = new RequestOrigins(new ClientAddresses(""));

	@Test
	void theUserAgentIsShortenedAndCleaned() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("203.0.113.9");
		request.addHeader("User-Agent", "Browser\u0000/1.0\n" + "x".repeat(1_000));

		Origin origin = direct.originOf(request);

		assertThat(origin.clientIp()).isEqualTo("203.0.113.9");
		assertThat(origin.userAgent()).startsWith("Browser/1.0 x").hasSize(RequestOrigins.USER_AGENT_LIMIT).endsWith("…");
	}

}
