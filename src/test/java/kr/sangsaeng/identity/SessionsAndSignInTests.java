package kr.sangsaeng.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in and staying signed in: waiting after failed sign-ins, sessions that end when their account is
 * disabled, and the cookie and headers every page carries.
 */
@SangsaengTest
class SessionsAndSignInTests {

	static final String PASSWORD = "Sessions-test-2026!";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@LocalServerPort
	int port;

	@Test
	void afterFiveFailedSignInsEvenTheRightPasswordMustWaitAndThePageSaysHowLong() throws Exception {
		String username = account();
		RequestPostProcessor address = from(newAddress());
		for (int i = 0; i < 5; i++) {
			mvc.perform(signIn(username, "wrong-password", address))
				.andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(signIn(username, PASSWORD, address))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?wait=1"));
		mvc.perform(signIn(username, PASSWORD, from(newAddress())))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?wait=1"));

		mvc.perform(get("/login").param("wait", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("로그인에 여러 번 실패했습니다. 1분 후에 다시 시도해 주세요.")));
		mvc.perform(get("/login").param("wait", "1").param("lang", "en"))
			.andExpect(content().string(containsString("Too many sign-ins have failed. Wait 1 min, then try again.")));
	}

	@Test
	void aUsernameWithoutAnAccountWaitsJustTheSameSoThatTheWaitRevealsNothing() throws Exception {
		String nobody = "nobody-" + Long.toString(System.nanoTime(), 36) + "@example.kr";
		RequestPostProcessor address = from(newAddress());
		for (int i = 0; i < 5; i++) {
			mvc.perform(signIn(nobody, "wrong-password", address))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(signIn(nobody, "wrong-password", address))
			.andExpect(redirectedUrl("/login?wait=1"));
	}

	@Test
	void aSignInThatMustWaitIsInTheAuditTrailAsAFailedSignIn() throws Exception {
		String username = account();
		RequestPostProcessor address = from(newAddress());
		for (int i = 0; i < 6; i++) {
			mvc.perform(signIn(username, "wrong-password", address));
		}
		List<String> reasons = jdbc
			.sql("select details ->> 'reason' from audit_entry where subject = :subject "
					+ "and action = 'sign-in.failed' order by sequence_number")
			.param("subject", "account:" + username)
			.query(String.class)
			.list();
		assertThat(reasons).containsExactly("bad-credentials", "bad-credentials", "bad-credentials",
				"bad-credentials", "bad-credentials", "locked");
	}

	@Test
	void oneAddressThatFailsThirtyTimesWaitsWhateverAccountItTriesNext() throws Exception {
		String username = account();
		RequestPostProcessor address = from(newAddress());
		for (int i = 0; i < 30; i++) {
			mvc.perform(signIn("guess-" + i + "-" + System.nanoTime() + "@example.kr", "wrong-password", address));
		}
		mvc.perform(signIn(username, PASSWORD, address))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?wait=5"));
		mvc.perform(signIn(username, PASSWORD, from(newAddress())))
			.andExpect(authenticated());
	}

	@Test
	void aSuccessfulSignInStartsTheCountAgain() throws Exception {
		String username = account();
		RequestPostProcessor address = from(newAddress());
		for (int i = 0; i < 4; i++) {
			mvc.perform(signIn(username, "wrong-password", address));
		}
		mvc.perform(signIn(username, PASSWORD, address)).andExpect(authenticated());
		for (int i = 0; i < 4; i++) {
			mvc.perform(signIn(username, "wrong-password", address));
		}
		mvc.perform(signIn(username, PASSWORD, address)).andExpect(authenticated());
	}

	@Test
	void disablingAnAccountSignsItOutAtOnceAndKeepsItOut() {
		String username = account();
		WebSession person = new WebSession(port).signIn(username, PASSWORD);
		assertThat(person.get("/").statusCode()).isEqualTo(200);

		WebSession admin = new WebSession(port).signIn("admin", "demo1234!");
		assertThat(admin.get("/admin/accounts?q=" + username).body()).contains(username);
		String confirmation = "/admin/accounts/" + accountId(username) + "/disable";
		assertThat(admin.get("/admin/accounts?q=" + username).body()).contains("href=\"" + confirmation + "\"");
		assertThat(admin.get(confirmation).body()).contains(username + " 계정을 사용 중지할까요?",
				"지금 열려 있는 세션 1개가 바로 종료됩니다.", "name=\"confirmed\" value=\"true\"");
		// a post without the confirmation, or without a reason, changes nothing
		assertThat(admin.submit(confirmation, confirmation, Map.of()).body()).contains("사용 중지하고 로그아웃시키기");
		assertThat(admin.submit(confirmation, confirmation, Map.of("confirmed", "true", "reason", " ")).body())
			.contains("계정을 사용 중지하는 사유를 입력하세요.", "id=\"reason-error\"");
		assertThat(person.get("/").statusCode()).as("still signed in").isEqualTo(200);
		HttpResponse<String> disabled = admin.submit(confirmation, confirmation,
				Map.of("confirmed", "true", "reason", "퇴직"));
		assertThat(disabled.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/admin/accounts"));
		assertThat(admin.get("/admin/accounts?q=" + username).body())
			.contains("계정을 사용 중지했고, 열려 있던 세션을 모두 종료했습니다.", "사용 중지");

		HttpResponse<String> next = person.get("/");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?ended"));
		assertThat(person.get("/applications").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
		assertThat(person.get("/login?ended").body()).contains("세션이 종료되었습니다. 계속하려면 다시 로그인해 주세요.");
		assertThat(new WebSession(port).submit("/login", "/login", Map.of("username", username, "password", PASSWORD))
			.headers()
			.firstValue("Location")).as("told it is disabled, not that the password is wrong")
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?disabled"));
		assertThat(jdbc.sql("select count(*) from audit_entry where subject = :subject and action = 'account.disabled' "
				+ "and username = 'admin' and (details ->> 'sessionsEnded')::int = 1")
			.param("subject", "account:" + username)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select details ->> 'reason' from audit_entry where subject = :subject "
				+ "and action = 'account.disabled'").param("subject", "account:" + username).query(String.class).single())
			.isEqualTo("퇴직");
		assertThat(jdbc.sql("select username || ' ' || action || ' ' || coalesce(details ->> 'cause', '') "
				+ "from audit_entry where subject = :subject and action in ('session.ended', 'sign-out') "
				+ "order by sequence_number")
			.param("subject", "account:" + username)
			.query(String.class)
			.list()).as("the forced sign-out is the administrator's doing, not the person's own sign-out")
			.containsExactly("admin session.ended ACCOUNT_DISABLED");
	}

	@Test
	void anAccountEnabledAgainSignsInAgain() {
		String username = account();
		WebSession admin = new WebSession(port).signIn("admin", "demo1234!");
		admin.submit("/admin/accounts?q=" + username, "/admin/accounts/" + accountId(username) + "/disable",
				Map.of("confirmed", "true", "reason", "휴직"));
		assertThat(jdbc.sql("select enabled from user_account where username = :username")
			.param("username", username)
			.query(Boolean.class)
			.single()).isFalse();
		admin.submit("/admin/accounts?q=" + username, "/admin/accounts/" + accountId(username) + "/enable", Map.of());

		new WebSession(port).signIn(username, PASSWORD);
	}

	@Test
	void administratorsCannotDisableTheirOwnAccount() {
		WebSession admin = new WebSession(port).signIn("admin", "demo1234!");
		admin.submit("/admin/accounts?q=admin", "/admin/accounts/" + accountId("admin") + "/disable", Map.of());
		assertThat(admin.get("/admin/accounts?q=admin").body()).contains("자신의 계정은 사용 중지할 수 없습니다.");
		assertThat(admin.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void theSessionCookieIsHttpOnlyAndLaxAndSecureWhenTheProxySaysTheRequestCameOverTls() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.build(), HttpResponse.BodyHandlers.ofString());
		String cookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

		HttpResponse<String> overTls = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("X-Forwarded-Proto", "https")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(overTls.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "HttpOnly",
				"SameSite=Lax");
	}

	@Test
	void pagesTellBrowsersToKeepTheirAddressesAndContentTypesToThemselves() throws Exception {
		mvc.perform(get("/programmes"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("default-src 'self'"), containsString("object-src 'none'"),
							not(containsString("unsafe-inline")))));
	}

	/**
	 * A new account of a ministry official that no other test signs in with.
	 */
	private String account() {
		String username = "sessions-" + Long.toString(System.nanoTime(), 36) + "@example.kr";
		jdbc.sql("insert into user_account (username, password_hash, display_name, role, organisation_id) "
				+ "select :username, :hash, '세션시험', 'MINISTRY_OFFICIAL', id from organisation where code = 'MOEF'")
			.param("username", username)
			.param("hash", passwordEncoder.encode(PASSWORD))
			.update();
		return username;
	}

	private long accountId(String username) {
		return jdbc.sql("select id from user_account where username = :username")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	private static MockHttpServletRequestBuilder signIn(String username, String password, RequestPostProcessor from) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from);
	}

	private static String newAddress() {
		return "198.18." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
