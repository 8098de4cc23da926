package kr.sangsaeng.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.WebSession;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, because the error pages are rendered by the servlet container's error dispatch.
 */
@SangsaengTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Test
	void anUnknownAddressGetsANotFoundPageInTheLayout() {
		HttpResponse<String> response = new WebSession(port).signIn("ministry", "demo1234!").get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("페이지를 찾을 수 없습니다", "홈으로 가기", "navbar", "로그아웃")
			.doesNotContain("Whitelabel", "Exception", "at kr.");
	}

	@Test
	void anAddressThatNamesNoApplicationGetsTheNotFoundPage() {
		WebSession sme = new WebSession(port).signIn("sme.demo", "demo1234!");
		WebSession reviewer = new WebSession(port).signIn("kodit.reviewer", "demo1234!");
		WebSession bank = new WebSession(port).signIn("woori.officer", "demo1234!");
		for (String id : new String[] { "abc", "0", "-1", "1e3", "99999999999999999999" }) {
			for (HttpResponse<String> response : java.util.List.of(sme.get("/applications/" + id),
					reviewer.get("/review/" + id), bank.get("/disbursements/" + id))) {
				assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
				assertThat(response.body()).as(response.uri().toString()).contains("페이지를 찾을 수 없습니다")
					.doesNotContain("Exception", "Whitelabel");
			}
		}
	}

	@Test
	void theErrorPageSpeaksTheReadersLanguage() {
		WebSession visitor = new WebSession(port);
		visitor.get("/programmes?lang=en");
		HttpResponse<String> response = visitor.get("/programmes/NO-SUCH-PROGRAMME");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found", "Go to the home page");
	}

	@Test
	void aSignedInSmeAskingForAStaffPageGetsARefusalPageInTheLayout() {
		WebSession sme = new WebSession(port).signIn("sme.demo", "demo1234!");
		for (String page : new String[] { "/review", "/admin/programmes", "/dashboard", "/disbursements" }) {
			HttpResponse<String> response = sme.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(403);
			assertThat(response.body()).as(page)
				.contains("이 화면을 볼 권한이 없습니다", "서한빛")
				.doesNotContain("Exception", "Whitelabel");
		}
	}

	@Test
	void anonymousVisitorsOfAStaffPageAreSentToSignIn() {
		HttpResponse<String> response = new WebSession(port).get("/review");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
	}

}
