package kr.sangsaeng.identity;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.WebSession;
import kr.sangsaeng.identity.internal.BankApiTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a bank system notices of the bank API's security: its token says which bank it is, and everything else
 * is refused with a problem document that asks for a bearer token.
 */
@SangsaengTest
class BankApiAuthenticationTests {

	static final String WHOAMI = "/api/v1/bank/whoami";

	@Autowired
	MockMvc mvc;

	@Autowired
	BankApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void theDemoTokenIsWooriBanksSystem() throws Exception {
		mvc.perform(get(WHOAMI).header(HttpHeaders.AUTHORIZATION, "Bearer demo-woori-token"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bank").value("WOORI"))
			.andExpect(jsonPath("$.kind").value("BANK"))
			.andExpect(jsonPath("$.tokenName").value("우리은행 여신시스템 (데모)"))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
	}

	@Test
	void theSchemeIsReadWhateverItsCase() throws Exception {
		mvc.perform(get(WHOAMI).header(HttpHeaders.AUTHORIZATION, "bearer demo-woori-token"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bank").value("WOORI"));
	}

	@Test
	void aTokenOfAnotherBankIsThatBanksSystem() throws Exception {
		String secret = tokens.issue("IBK", "IBK 여신시스템 " + ThreadLocalRandom.current().nextInt(), "admin")
			.secret();

		mvc.perform(bearer(get(WHOAMI), secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bank").value("IBK"))
			.andExpect(jsonPath("$.bank", not("WOORI")));
	}

	@Test
	void aRequestWithoutATokenIsAskedForOne() throws Exception {
		refused(get(WHOAMI)).andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sangsaeng\""))
			.andExpect(jsonPath("$.detail").value(containsString("Authorization: Bearer")));
		refused(post(WHOAMI).contentType(MediaType.APPLICATION_JSON).content("{}"));
	}

	@Test
	void aPasswordIsNoToken() throws Exception {
		refused(get(WHOAMI).header(HttpHeaders.AUTHORIZATION, "Basic d29vcmkub2ZmaWNlcjpkZW1vMTIzNCE="))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sangsaeng\""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bearer", "Bearer ", "Bearer demo woori token", "Bearer demo-woori-token,other",
			"Bearer 우리은행" })
	void aMalformedHeaderIsRefused(String authorization) throws Exception {
		refused(get(WHOAMI).header(HttpHeaders.AUTHORIZATION, authorization))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("error=\"invalid_token\"")));
	}

	@Test
	void twoAuthorizationHeadersAreRefused() throws Exception {
		refused(get(WHOAMI).header(HttpHeaders.AUTHORIZATION, "Bearer demo-woori-token", "Bearer demo-woori-token"))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("error=\"invalid_token\"")));
	}

	@Test
	void anUnknownTokenIsRefused() throws Exception {
		refused(bearer(get(WHOAMI), "ssg_" + "A".repeat(43)))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE,
					allOf(startsWith("Bearer realm=\"sangsaeng\""), containsString("error=\"invalid_token\""))))
			.andExpect(jsonPath("$.detail").value("The API token is not valid."));
	}

	@Test
	void aRevokedTokenIsRefused() throws Exception {
		var issued = tokens.issue("WOORI", "폐기될 토큰 " + ThreadLocalRandom.current().nextInt(), "admin");
		mvc.perform(bearer(get(WHOAMI), issued.secret())).andExpect(status().isOk());

		tokens.revoke(issued.token().id(), "admin");

		refused(bearer(get(WHOAMI), issued.secret()))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("revoked")))
			.andExpect(jsonPath("$.detail").value(containsString("revoked")));
	}

	@Test
	void theDetailIsInKoreanWhenTheSystemAsksForIt() throws Exception {
		refused(bearer(get(WHOAMI), "no-such-token").header(HttpHeaders.ACCEPT_LANGUAGE, "ko-KR,ko;q=0.9,en;q=0.5"))
			.andExpect(jsonPath("$.detail").value("유효하지 않은 API 토큰입니다."));
	}

	@Test
	void aBankSystemIsRefusedWhatItMayNotDoAndTheTrailSaysWhichBankTried() throws Exception {
		var issued = tokens.issue("WOORI", "권한 밖 요청 " + ThreadLocalRandom.current().nextInt(), "admin");

		mvc.perform(bearer(get(WHOAMI + "/administration"), issued.secret()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("insufficient_scope")))
			.andExpect(jsonPath("$.type").value("about:blank"))
			.andExpect(jsonPath("$.title").value("Forbidden"))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.detail").isNotEmpty());

		assertThat(jdbc.sql("select role || ' ' || organisation_code from audit_entry where username = ? "
				+ "and action = 'access.denied'")
			.param("api-token:" + issued.token().id())
			.query(String.class)
			.list()).containsExactly("BANK_SYSTEM WOORI");
	}

	@Test
	void theTokensLastUseIsNoted() throws Exception {
		var issued = tokens.issue("KB", "KB 여신시스템 " + ThreadLocalRandom.current().nextInt(), "admin");
		assertThat(everUsed(issued.token().id())).isFalse();

		mvc.perform(bearer(get(WHOAMI), issued.secret())).andExpect(status().isOk());

		assertThat(everUsed(issued.token().id())).isTrue();
	}

	@Test
	void aBankOfficersSignedInBrowserGetsNoAccessToTheBankApi() {
		WebSession browser = new WebSession(port).signIn("woori.officer", "demo1234!");

		HttpResponse<String> answer = browser.get(WHOAMI);

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		assertThat(answer.headers().firstValue(HttpHeaders.WWW_AUTHENTICATE)).hasValue("Bearer realm=\"sangsaeng\"");
		assertThat(answer.body()).doesNotContain("<html");
	}

	@Test
	void thePagesAndTheOpenDataStayAsTheyWere() throws Exception {
		mvc.perform(get("/api/v1/programmes")).andExpect(status().isOk());
		mvc.perform(get("/admin/api-tokens")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/programmes").header(HttpHeaders.AUTHORIZATION, "Bearer no-such-token"))
			.andExpect(status().isOk());
	}

	private ResultActions refused(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
			.andExpect(header().doesNotExist(HttpHeaders.LOCATION))
			.andExpect(jsonPath("$.type").value("about:blank"))
			.andExpect(jsonPath("$.title").value("Unauthorized"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	private boolean everUsed(long tokenId) {
		return jdbc.sql("select last_used_at is not null from bank_api_token where id = ?")
			.param(tokenId)
			.query(Boolean.class)
			.single();
	}

}
