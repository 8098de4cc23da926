package kr.sangsaeng.identity.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class ApiTokenAdministrationTests {

	static final String TOKENS = "/admin/api-tokens";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@LocalServerPort
	int port;

	@Test
	void anAdministratorIssuesATokenThatWorksUntilItIsRevoked() throws Exception {
		WebSession admin = new WebSession(port).signIn("admin", "demo1234!");
		String name = "우리은행 여신시스템 운영 " + ThreadLocalRandom.current().nextInt(1_000_000);

		HttpResponse<String> issue = admin.submit(TOKENS + "/new", TOKENS, Map.of("bankCode", "WOORI", "name", name));
		assertThat(issue.statusCode()).isEqualTo(302);
		assertThat(issue.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith(TOKENS + "/issued"));

		Document shown = Jsoup.parse(admin.get(TOKENS + "/issued").body());
		String secret = shown.selectFirst("#issued-token").val();
		assertThat(secret).startsWith("ssg_").hasSize(47);
		assertThat(shown.select(".alert-warning").text()).contains("이번 한 번만 표시됩니다");
		assertThat(shown.text()).contains(name, "우리은행");

		HttpResponse<String> shownAgain = admin.get(TOKENS + "/issued");
		assertThat(shownAgain.statusCode()).isEqualTo(302);
		assertThat(shownAgain.body()).doesNotContain(secret);
		String list = admin.get(TOKENS).body();
		assertThat(list).contains(name, secret.substring(0, 8)).doesNotContain(secret);

		mvc.perform(get("/api/v1/bank/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bank").value("WOORI"))
			.andExpect(jsonPath("$.tokenName").value(name));

		Element row = Jsoup.parse(list).select("tbody tr").stream()
			.filter(candidate -> candidate.text().contains(name))
			.findFirst()
			.orElseThrow();
		String revokePage = row.selectFirst("a[href$=/revoke]").attr("href");
		assertThat(admin.get(revokePage).body()).contains(name, secret.substring(0, 8));
		HttpResponse<String> revoke = admin.submit(revokePage, revokePage, Map.of());
		assertThat(revoke.statusCode()).isEqualTo(302);
		assertThat(revoke.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith(TOKENS));
		Element revokedRow = Jsoup.parse(admin.get(TOKENS).body()).select("tbody tr").stream()
			.filter(candidate -> candidate.text().contains(name))
			.findFirst()
			.orElseThrow();
		assertThat(revokedRow.text()).contains("폐기됨", "admin");
		assertThat(revokedRow.select("a[href$=/revoke]")).isEmpty();

		mvc.perform(get("/api/v1/bank/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("revoked")));

		long id = Long.parseLong(revokePage.replaceAll(".*/api-tokens/([0-9]+)/revoke", "$1"));
		assertThat(storedColumns(id)).noneSatisfy(column -> assertThat(column).contains(secret))
			.contains(sha256(secret));
		List<Map<String, Object>> audit = jdbc
			.sql("select action, username, details::text as details from audit_entry where subject = ? "
					+ "order by sequence_number")
			.param("api-token:" + id)
			.query()
			.listOfRows();
		assertThat(audit).extracting(entry -> entry.get("action"))
			.containsExactly("api-token.created", "api-token.revoked");
		assertThat(audit).allSatisfy(entry -> {
			assertThat(entry.get("username")).isEqualTo("admin");
			assertThat((String) entry.get("details")).contains(name, "WOORI").doesNotContain(secret);
		});
	}

	@Test
	void theDemoTokenIsStoredOnlyAsItsHash() {
		long id = jdbc.sql("select t.id from bank_api_token t join organisation o on o.id = t.organisation_id "
				+ "where o.code = 'WOORI' and t.token_hash = ?")
			.param(sha256("demo-woori-token"))
			.query(Long.class)
			.single();

		assertThat(storedColumns(id)).noneSatisfy(column -> assertThat(column).contains("demo-woori-token"));
	}

	@Test
	void badInputIsExplainedNextToTheFieldsAndIssuesNothing() throws Exception {
		long before = tokenCount();

		mvc.perform(post(TOKENS).param("bankCode", "KODIT").param("name", "  ").with(csrf()).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("목록에 있는 은행을 선택하세요."),
					containsString("이름을 1자 이상 100자 이하로, 보이지 않는 제어 문자 없이 입력하세요."),
					containsString("id=\"bankCode-error\""), containsString("id=\"name-error\""))));
		mvc.perform(post(TOKENS).param("bankCode", "WOORI")
			.param("name", "가".repeat(101))
			.param("lang", "en")
			.with(csrf())
			.with(as("admin"))).andExpect(status().isOk())
			.andExpect(content().string(
					containsString("Enter a name of 1 to 100 characters, without invisible control characters.")));
		mvc.perform(post(TOKENS).param("name", "여신시스템").with(csrf()).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("목록에 있는 은행을 선택하세요.")));

		assertThat(tokenCount()).isEqualTo(before);
	}

	@Test
	void theIssuedPageShowsNothingWithoutAnIssue() throws Exception {
		mvc.perform(get(TOKENS + "/issued").with(as("admin"))).andExpect(redirectedUrl(TOKENS));
	}

	@Test
	void anUnknownTokenCannotBeRevoked() throws Exception {
		mvc.perform(get(TOKENS + "/999999999/revoke").with(as("admin"))).andExpect(status().isNotFound());
		mvc.perform(post(TOKENS + "/999999999/revoke").with(csrf()).with(as("admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void administratorsFindTheTokensFromTheirHomePage() throws Exception {
		mvc.perform(get("/").with(as("admin")))
			.andExpect(content().string(containsString("href=\"/admin/api-tokens\"")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ministry", "kodit.reviewer", "woori.officer", "ibk.officer", "sme.demo" })
	void nobodyElseSeesOrIssuesTokens(String username) throws Exception {
		long before = tokenCount();
		mvc.perform(get(TOKENS).with(as(username))).andExpect(status().isForbidden());
		mvc.perform(get(TOKENS + "/new").with(as(username))).andExpect(status().isForbidden());
		mvc.perform(post(TOKENS).param("bankCode", "WOORI").param("name", "몰래").with(csrf()).with(as(username)))
			.andExpect(status().isForbidden());
		assertThat(tokenCount()).isEqualTo(before);
	}

	private List<String> storedColumns(long id) {
		Map<String, Object> row = jdbc.sql("select * from bank_api_token where id = ?").param(id).query().singleRow();
		return row.values().stream().map(String::valueOf).toList();
	}

	private long tokenCount() {
		return jdbc.sql("select count(*) from bank_api_token").query(Long.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException missing) {
			throw new IllegalStateException(missing);
		}
	}

}
