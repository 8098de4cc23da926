package kr.sangsaeng.notification;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.shared.ApplicationId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Without a mail server (as in the tests' shared application) the demo keeps the mail it would send and shows it.
 */
@SangsaengTest
class DemoMailboxPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anyoneReadsTheMailTheDemoWouldHaveSent() throws Exception {
		Applicant sme = TestSmes.newSme(jdbc);
		TestSmes.openAccount(jdbc, sme, "{noop}unused", "김대표", "ko");
		ApplicationId id = TestSmes.submitted(applications, sme);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/demo/mailbox"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(sme.username()),
						containsString("[상생] 접수번호 "),
						containsString(": 신청서가 접수되어 접수번호가 부여되었습니다."),
						containsString("http://localhost:8080/applications/" + id.value())))));
	}

	@Test
	void mailIsWrittenInTheLanguageTheAccountLastSignedInWith() throws Exception {
		mvc.perform(post("/login").param("username", "ibk.officer")
			.param("password", "demo1234!")
			.cookie(new Cookie("sangsaeng-lang", "en"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(language("ibk.officer")).isEqualTo("en");

		mvc.perform(post("/login").param("username", "ibk.officer")
			.param("password", "demo1234!")
			.cookie(new Cookie("sangsaeng-lang", "ko"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(language("ibk.officer")).isEqualTo("ko");
	}

	private String language(String username) {
		return jdbc.sql("select language from user_account where username = :username")
			.param("username", username)
			.query(String.class)
			.single();
	}

}
