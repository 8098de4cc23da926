package kr.sangsaeng.identity;

import java.util.List;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.WithMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static kr.sangsaeng.identity.AccountPasswordsFixture.FIRST_PASSWORD;
import static kr.sangsaeng.identity.AccountPasswordsFixture.fromAnAddressOfItsOwn;
import static kr.sangsaeng.identity.AccountPasswordsFixture.newSme;
import static kr.sangsaeng.identity.AccountPasswordsFixture.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PasswordResetTests extends WithMailServer {

	static final String NEW_PASSWORD = "노란 자전거가 언덕을 넘는다";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aForgottenPasswordIsResetOnceWithTheMailedLinkAndEveryOpenSessionEnds() throws Exception {
		SignedInUser sme = newSme(accounts);
		Cookie open = signIn(mvc, sme.getUsername(), FIRST_PASSWORD);
		RequestPostProcessor visitor = fromAnAddressOfItsOwn();

		mvc.perform(post("/password-reset").param("email", sme.getUsername().toUpperCase()).with(csrf()).with(visitor))
			.andExpect(redirectedUrl("/password-reset?sent"));
		MimeMessage mail = awaitMail(sme.getUsername(), "새 비밀번호", 1);
		String link = linkIn(mail);
		assertThat(link).startsWith("/password-reset/rst_");
		assertThat(bodyOf(mail)).contains("박대표 님께,", sme.getUsername());

		mvc.perform(get(link)).andExpect(content().string(containsString(sme.getUsername())));
		mvc.perform(post(link).param("password", NEW_PASSWORD).param("passwordConfirm", "다른 비밀번호를 입력함").with(csrf()))
			.andExpect(content().string(containsString("두 비밀번호가 다릅니다.")));
		mvc.perform(post(link).param("password", "password").param("passwordConfirm", "password").with(csrf()))
			.andExpect(content().string(containsString("12자 이상으로 입력해 주세요.")));
		assertThat(signIn(mvc, sme.getUsername(), FIRST_PASSWORD)).as("nothing changed yet").isNotNull();

		mvc.perform(post(link).param("password", NEW_PASSWORD).param("passwordConfirm", NEW_PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?passwordChosen"));

		assertThat(signIn(mvc, sme.getUsername(), FIRST_PASSWORD)).isNull();
		assertThat(signIn(mvc, sme.getUsername(), NEW_PASSWORD)).isNotNull();
		mvc.perform(get("/applications").cookie(open)).andExpect(redirectedUrl("/login?ended"));
		mvc.perform(get(link)).andExpect(content().string(containsString("기한이 지났거나 이미 사용한 링크입니다.")));
		mvc.perform(post(link).param("password", "또 다른 새 비밀번호 하나").param("passwordConfirm", "또 다른 새 비밀번호 하나")
			.with(csrf())).andExpect(content().string(containsString("기한이 지났거나 이미 사용한 링크입니다.")));
		assertThat(signIn(mvc, sme.getUsername(), NEW_PASSWORD)).as("a used link changes nothing").isNotNull();
	}

	@Test
	void theAnswerIsTheSameWhetherOrNotAnAccountUsesTheAddress() throws Exception {
		RequestPostProcessor visitor = fromAnAddressOfItsOwn();
		String unknown = "nobody-" + System.nanoTime() + "@example.kr";
		SignedInUser sme = newSme(accounts);

		String forUnknown = mvc.perform(post("/password-reset").param("email", unknown).with(csrf()).with(visitor))
			.andReturn().getResponse().getRedirectedUrl();
		String forKnown = mvc.perform(post("/password-reset").param("email", sme.getUsername()).with(csrf()).with(visitor))
			.andReturn().getResponse().getRedirectedUrl();

		assertThat(forUnknown).isEqualTo(forKnown).isEqualTo("/password-reset?sent");
		awaitMail(sme.getUsername(), "새 비밀번호", 1);
		assertThat(outbox(unknown)).isZero();
	}

	@Test
	void anAccountGetsAtMostThreeLinksAnHourAndAnAddressTenRequestsAQuarter() throws Exception {
		SignedInUser sme = newSme(accounts);
		RequestPostProcessor visitor = fromAnAddressOfItsOwn();
		for (int request = 0; request < 10; request++) {
			mvc.perform(post("/password-reset").param("email", sme.getUsername()).with(csrf()).with(visitor))
				.andExpect(redirectedUrl("/password-reset?sent"));
		}
		mvc.perform(post("/password-reset").param("email", sme.getUsername()).with(csrf()).with(visitor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("링크를 너무 많이 요청했습니다")));

		assertThat(jdbc.sql("select count(*) from account_token where account_id = :account")
			.param("account", sme.accountId())
			.query(Long.class)
			.single()).as("links issued").isEqualTo(3);
		awaitMail(sme.getUsername(), "새 비밀번호", 3);
		assertThat(outbox(sme.getUsername())).isEqualTo(3);
		// the mails are written after each request commits, on threads of their own, so not always in order:
		// the newest link is the one that expires last
		String newest = jdbc.sql("select body from mail_message where recipient = :recipient "
				+ "order by split_part(source_key, ':', 3)::bigint desc limit 1")
			.param("recipient", sme.getUsername())
			.query(String.class)
			.single();
		List<String> links = mailTo(sme.getUsername()).stream().map(WithMailServer::linkIn).toList();
		assertThat(links).as("only the newest of the links works").hasSize(3).allSatisfy(link -> {
			String shown = mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
			assertThat(shown).contains(newest.contains(link) ? sme.getUsername() : "기한이 지났거나 이미 사용한 링크입니다.");
		});
	}

	@Test
	void anExpiredLinkIsRefused() throws Exception {
		SignedInUser sme = newSme(accounts);
		mvc.perform(post("/password-reset").param("email", sme.getUsername()).with(csrf()).with(fromAnAddressOfItsOwn()));
		String link = linkIn(awaitMail(sme.getUsername(), "새 비밀번호", 1));
		jdbc.sql("update account_token set expires_at = now() - interval '1 minute' where account_id = :account")
			.param("account", sme.accountId())
			.update();

		mvc.perform(post(link).param("password", NEW_PASSWORD).param("passwordConfirm", NEW_PASSWORD).with(csrf()))
			.andExpect(content().string(containsString("기한이 지났거나 이미 사용한 링크입니다.")));
		assertThat(signIn(mvc, sme.getUsername(), FIRST_PASSWORD)).isNotNull();
	}

	@Test
	void anInvitedMemberOfStaffChoosesAPasswordWithTheMailedLinkAndSignsIn() throws Exception {
		String username = "kodit.invited" + (System.nanoTime() % 100_000);
		String address = username + "@kodit.example";
		RequestPostProcessor admin = user(accounts.account("admin").orElseThrow());

		mvc.perform(post("/admin/accounts/invite").param("username", username)
			.param("displayName", "오초대")
			.param("email", address)
			.param("role", "BANK_OFFICER")
			.param("organisationCode", "KODIT")
			.with(csrf())
			.with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("이 역할은 다른 종류의 기관에 속합니다.")));
		assertThat(accounts.account(username)).as("a refused invitation opens nothing").isEmpty();

		mvc.perform(post("/admin/accounts/invite").param("username", username)
			.param("displayName", "오초대")
			.param("email", address)
			.param("role", "AGENCY_REVIEWER")
			.param("organisationCode", "KODIT")
			.with(csrf())
			.with(admin)).andExpect(redirectedUrl("/admin/accounts?q=" + username));

		MimeMessage invitation = awaitMail(address, "초대", 1);
		String link = linkIn(invitation);
		assertThat(link).startsWith("/invitation/inv_");
		assertThat(bodyOf(invitation)).contains("오초대 님께,", username);
		mvc.perform(get(link)).andExpect(content().string(allOf(containsString(username),
				containsString("비밀번호 정하기"), not(containsString("기한이 지났거나")))));
		mvc.perform(post(link).param("password", NEW_PASSWORD).param("passwordConfirm", NEW_PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?passwordChosen"));

		assertThat(signIn(mvc, username, NEW_PASSWORD)).isNotNull();
		assertThat(accounts.account(username).orElseThrow().role()).isEqualTo(Role.AGENCY_REVIEWER);
	}

	private long outbox(String address) {
		return jdbc.sql("select count(*) from mail_message where lower(recipient) = lower(:address)")
			.param("address", address)
			.query(Long.class)
			.single();
	}

}
