package kr.sangsaeng.identity;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.WebSession;
import kr.sangsaeng.identity.internal.AccountAdministration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class SignInTests {

	static final String DEMO_PASSWORD = "demo1234!";

	static final String SESSION_COOKIE = "SESSION";

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountAdministration administration;

	@Test
	void aDisabledAccountIsToldSoOnlyWithTheRightPassword() throws Exception {
		SignedInUser sme = AccountPasswordsFixture.newSme(accounts);
		administration.disable(sme.accountId(), accounts.account("admin").orElseThrow());

		mvc.perform(formLogin("/login").user(sme.getUsername()).password(AccountPasswordsFixture.FIRST_PASSWORD))
			.andExpect(redirectedUrl("/login?disabled"))
			.andExpect(unauthenticated());
		mvc.perform(formLogin("/login").user(sme.getUsername()).password("전혀 다른 비밀번호입니다"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("disabled", ""))
			.andExpect(content().string(containsString("사용이 중지된 계정입니다.")));
	}

	@Test
	void tenSimultaneousSignInsOfOneAccountAllSucceed() throws Exception {
		int people = 10;
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(people);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < people; i++) {
				WebSession session = new WebSession(port);
				answers.add(pool.submit(() -> {
					go.await();
					return session.submit("/login", "/login", Map.of("username", "ministry", "password", DEMO_PASSWORD));
				}));
			}
			go.countDown();
			for (Future<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
				assertThat(response.statusCode()).isEqualTo(302);
				assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
						location -> assertThat(location).doesNotContain("login"));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"admin|PROGRAM_ADMIN|사업 관리자|중소벤처기업부|/admin/programmes",
			"ministry|MINISTRY_OFFICIAL|부처 담당자|재정경제부|/dashboard",
			"kodit.reviewer|AGENCY_REVIEWER|보증기관 심사역|신용보증기금|/review",
			"kodit.approver|AGENCY_APPROVER|보증기관 결재권자|신용보증기금|/review",
			"ksure.reviewer|AGENCY_REVIEWER|보증기관 심사역|한국무역보험공사|/review",
			"ksure.approver|AGENCY_APPROVER|보증기관 결재권자|한국무역보험공사|/review",
			"kibo.reviewer|AGENCY_REVIEWER|보증기관 심사역|기술보증기금|/review",
			"kibo.approver|AGENCY_APPROVER|보증기관 결재권자|기술보증기금|/review",
			"woori.officer|BANK_OFFICER|은행 담당자|우리은행|/disbursements",
			"ibk.officer|BANK_OFFICER|은행 담당자|IBK기업은행|/disbursements",
			"sme.demo|SME_APPLICANT|중소기업 신청인|(주)한빛오토텍|/applications" })
	void everyDemoAccountSignsInAndLandsOnItsRolesHome(String username, Role role, String roleName,
			String organisation, String roleLink) throws Exception {
		MvcResult signIn = mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
			.andExpect(authenticated().withRoles(role.name()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie session = signIn.getResponse().getCookie(SESSION_COOKIE);

		mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(roleName + " · " + organisation),
					containsString("href=\"" + roleLink + "\""), containsString("로그아웃"))));
	}

	@Test
	void aReviewerSeesOnlyTheProgrammesTheirAgencyGuarantees() throws Exception {
		Cookie session = signIn("ksure.reviewer");
		mvc.perform(get("/").cookie(session))
			.andExpect(content().string(allOf(containsString("철강 수출 공급망 우대 자금"),
					not(containsString("포스코인터내셔널 협력사 상생 프로그램")))));
	}

	@Test
	void aWrongPasswordStaysOnTheSignInPageWithAMessage() throws Exception {
		mvc.perform(formLogin("/login").user("kodit.reviewer").password("wrong-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("아이디 또는 비밀번호가 올바르지 않습니다")));
	}

	@Test
	void anUnknownUserCannotSignIn() throws Exception {
		mvc.perform(formLogin("/login").user("nobody").password(DEMO_PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void signingInWithoutTheFormsCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", "admin").param("password", DEMO_PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void anonymousVisitorsOfProtectedPagesAreSentToSignIn() throws Exception {
		for (String page : new String[] { "/review", "/admin/programmes", "/dashboard", "/disbursements",
				"/applications" }) {
			mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void anSmeAskingForAStaffPageIsRefused() throws Exception {
		Cookie session = signIn("sme.demo");
		for (String page : new String[] { "/review", "/admin/programmes", "/dashboard", "/disbursements" }) {
			mvc.perform(get(page).cookie(session)).andExpect(status().isForbidden());
		}
	}

	@Test
	void aBankOfficerCannotOpenTheReviewQueue() throws Exception {
		mvc.perform(get("/review").cookie(signIn("woori.officer"))).andExpect(status().isForbidden());
	}

	@Test
	void signingInChangesTheSessionId() throws Exception {
		Cookie beforeSignIn = mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getCookie(SESSION_COOKIE);
		assertThat(beforeSignIn).isNotNull();
		Cookie afterSignIn = mvc.perform(post("/login").param("username", "admin")
			.param("password", DEMO_PASSWORD)
			.with(csrf())
			.cookie(beforeSignIn)).andExpect(authenticated()).andReturn().getResponse().getCookie(SESSION_COOKIE);
		assertThat(afterSignIn).isNotNull();
		assertThat(afterSignIn.getValue()).isNotEqualTo(beforeSignIn.getValue());
		mvc.perform(get("/admin/programmes").cookie(beforeSignIn)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/admin/programmes").cookie(afterSignIn)).andExpect(status().isOk());
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		Cookie session = signIn("admin");
		mvc.perform(get("/admin/programmes").cookie(session)).andExpect(status().isOk());
		mvc.perform(post("/logout").with(csrf()).cookie(session))
			.andExpect(redirectedUrl("/login?signedOut"))
			.andExpect(unauthenticated());
		mvc.perform(get("/admin/programmes").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void pagesForbidFramingAndForeignScripts() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("script-src 'self'"), containsString("style-src 'self'"),
							containsString("frame-ancestors 'none'"))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	/**
	 * Signs in and returns the session cookie the browser would keep (sessions live in the database).
	 */
	private Cookie signIn(String username) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
			.andExpect(authenticated())
			.andReturn();
		return result.getResponse().getCookie(SESSION_COOKIE);
	}

}
