package kr.sangsaeng.identity.web;

import java.util.concurrent.ThreadLocalRandom;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.identity.internal.AccountPasswords;
import kr.sangsaeng.system.ClientAddresses;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted proxy, the requests for reset links are counted against the client the proxy forwarded, not
 * against the proxy: ten requests a quarter from one client, whoever else comes through the same proxy.
 */
@SangsaengTest
class PasswordResetBehindAProxyTests {

	private static final String PROXY = "10.0.0.7";

	@Autowired
	AccountPasswords passwords;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theForwardedClientAddressIsTheOneLimited() {
		PasswordResetController controller = new PasswordResetController(passwords, new ClientAddresses("10.0.0.0/8"));
		String client = anAddressOfItsOwn();
		for (int i = 0; i < 10; i++) {
			assertThat(controller.request("nobody@example.kr", from(client), new ExtendedModelMap()))
				.isEqualTo("redirect:/password-reset?sent");
		}
		ExtendedModelMap refused = new ExtendedModelMap();
		assertThat(controller.request("nobody@example.kr", from(client), refused))
			.isEqualTo(PasswordResetController.REQUEST_VIEW);
		assertThat(refused.getAttribute("emailProblem")).isEqualTo("password.reset.tooMany");
		assertThat(jdbc.sql("select count(*) from password_reset_request where client_address = :address")
			.param("address", client)
			.query(Long.class)
			.single()).isEqualTo(10);

		assertThat(controller.request("nobody@example.kr", from(anAddressOfItsOwn()), new ExtendedModelMap()))
			.as("another client behind the same proxy")
			.isEqualTo("redirect:/password-reset?sent");
	}

	private static MockHttpServletRequest from(String client) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/password-reset");
		request.setRemoteAddr(PROXY);
		request.addHeader("X-Forwarded-For", client);
		return request;
	}

	private static String anAddressOfItsOwn() {
		return "198.18." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
	}

}
