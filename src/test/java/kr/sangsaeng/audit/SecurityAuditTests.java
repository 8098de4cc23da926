package kr.sangsaeng.audit;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-ins, failed sign-ins, sign-outs and refused requests are in the trail.
 */
@SangsaengTest
class SecurityAuditTests {

	static final String PASSWORD = "demo1234!";

	static final String BROWSER = "Mozilla/5.0 (AuditTest)";

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@LocalServerPort
	int port;

	private long before;

	@BeforeEach
	void notePlaceInTheTrail() {
		before = trail.lastSequenceNumber();
	}

	@Test
	void aSignInIsRecordedWithTheRoleOrganisationAndWhereItCameFrom() throws Exception {
		signIn("kodit.reviewer", PASSWORD).andExpect(authenticated());

		assertThat(newEntries("account:kodit.reviewer")).singleElement().satisfies(signIn -> {
			assertThat(signIn.action()).isEqualTo("sign-in.succeeded");
			assertThat(signIn.username()).isEqualTo("kodit.reviewer");
			assertThat(signIn.role()).isEqualTo("AGENCY_REVIEWER");
			assertThat(signIn.organisationCode()).isEqualTo("KODIT");
			assertThat(signIn.clientIp()).isEqualTo("127.0.0.1");
			assertThat(signIn.userAgent()).isEqualTo(BROWSER);
		});
	}

	@Test
	void aFailedSignInIsRecordedWithTheUsernameTriedButNeverThePassword() throws Exception {
		String wrongPassword = "not-the-password-" + before;
		signIn("ksure.approver", wrongPassword).andExpect(unauthenticated());
		signIn("no.such.user", wrongPassword).andExpect(unauthenticated());

		List<AuditEntry> failures = newEntries(null).stream()
			.filter(recorded -> recorded.action().equals("sign-in.failed"))
			.toList();
		assertThat(failures).extracting(AuditEntry::subject)
			.containsExactlyInAnyOrder("account:ksure.approver", "account:no.such.user");
		assertThat(failures).allSatisfy(failure -> {
			assertThat(failure.username()).isEqualTo("anonymous");
			assertThat(failure.role()).isNull();
			assertThat(failure.details()).containsEntry("reason", "bad-credentials");
			assertThat(failure.toString()).doesNotContain(wrongPassword);
		});
	}

	@Test
	void aHostileUsernameIsRecordedSafelyAndTheSignInPageStillAnswers() throws Exception {
		String hostile = "<script>alert(1)</script>\u0000' OR 1=1 --" + "x".repeat(5_000);

		signIn(hostile, PASSWORD).andExpect(redirectedUrl("/login?error"));

		assertThat(newEntries(null)).filteredOn(recorded -> recorded.action().equals("sign-in.failed"))
			.singleElement()
			.satisfies(failure -> assertThat(failure.subject()).startsWith("account:<script>alert(1)</script>' OR 1=1")
				.hasSizeLessThanOrEqualTo(200)
				.doesNotContain("\u0000"));
	}

	@Test
	void aSignOutIsRecorded() throws Exception {
		Cookie session = signIn("woori.officer", PASSWORD).andReturn().getResponse().getCookie("SESSION");
		mvc.perform(post("/logout").with(csrf()).cookie(session)).andExpect(redirectedUrl("/login?signedOut"));

		assertThat(newEntries("account:woori.officer")).extracting(AuditEntry::action)
			.containsExactly("sign-out", "sign-in.succeeded");
	}

	@Test
	void aPageRefusedToASignedInUserIsRecorded() throws Exception {
		Cookie session = signIn("sme.demo", PASSWORD).andReturn().getResponse().getCookie("SESSION");

		mvc.perform(get("/admin/programmes").cookie(session)).andExpect(status().isForbidden());

		assertThat(newEntries("path:/admin/programmes")).singleElement().satisfies(refused -> {
			assertThat(refused.action()).isEqualTo("access.denied");
			assertThat(refused.username()).isEqualTo("sme.demo");
			assertThat(refused.role()).isEqualTo("SME_APPLICANT");
			assertThat(refused.organisationCode()).isEqualTo("3148605193");
			assertThat(refused.details()).containsEntry("method", "GET")
				.containsEntry("reason", "not-authorised")
				.containsEntry("required", List.of("ROLE_PROGRAM_ADMIN"));
		});
	}

	@Test
	void anAnonymousVisitorIsAskedToSignInWithoutAnEntry() throws Exception {
		mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/login"));

		assertThat(newEntries("path:/admin/audit")).isEmpty();
	}

	@Test
	void aFormSentWithoutItsTokenIsRecordedAsRefusedOnce() {
		WebSession browser = new WebSession(port).signIn("admin", PASSWORD);

		// a page without a form leaves the forged token in place
		HttpResponse<String> refused = browser.submit("/actuator/health", "/admin/audit/verify",
				Map.of("_csrf", "forged"));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(newEntries("path:/admin/audit/verify")).singleElement().satisfies(denial -> {
			assertThat(denial.username()).isEqualTo("admin");
			assertThat(denial.details()).containsEntry("method", "POST").containsEntry("reason", "forbidden");
		});
	}

	@Test
	void aRefusedPageOverRealHttpIsRecordedOnce() {
		WebSession browser = new WebSession(port).signIn("ibk.officer", PASSWORD);

		assertThat(browser.get("/admin/audit").statusCode()).isEqualTo(403);

		assertThat(newEntries("path:/admin/audit")).singleElement()
			.satisfies(denial -> assertThat(denial.username()).isEqualTo("ibk.officer"));
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String username, String password)
			throws Exception {
		return mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.header("User-Agent", BROWSER)
			.with(csrf()));
	}

	/**
	 * The entries recorded since the test began, newest first, about {@code subject} (any, when null).
	 */
	private List<AuditEntry> newEntries(String subject) {
		return trail.search(AuditQuery.newest(AuditQuery.MAX_LIMIT).withSubject(subject))
			.entries()
			.stream()
			.filter(recorded -> recorded.sequenceNumber() > before)
			.toList();
	}

}
