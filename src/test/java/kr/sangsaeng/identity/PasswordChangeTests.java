package kr.sangsaeng.identity;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static kr.sangsaeng.identity.AccountPasswordsFixture.FIRST_PASSWORD;
import static kr.sangsaeng.identity.AccountPasswordsFixture.newSme;
import static kr.sangsaeng.identity.AccountPasswordsFixture.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class PasswordChangeTests {

	static final String NEW_PASSWORD = "보라색 고래가 바다를 건넌다";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void theCurrentPasswordIsRequiredAndEachProblemShowsNextToItsField() throws Exception {
		SignedInUser sme = newSme(accounts);
		Cookie session = signIn(mvc, sme.getUsername(), FIRST_PASSWORD);

		mvc.perform(post("/account/password").param("currentPassword", "틀린 현재 비밀번호입니다")
			.param("password", NEW_PASSWORD)
			.param("passwordConfirm", NEW_PASSWORD)
			.cookie(session)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"currentPassword-error\"")))
			.andExpect(content().string(containsString("현재 비밀번호가 맞지 않습니다.")));
		mvc.perform(post("/account/password").param("currentPassword", FIRST_PASSWORD)
			.param("password", "short")
			.param("passwordConfirm", "short")
			.cookie(session)
			.with(csrf()))
			.andExpect(content().string(containsString("id=\"password-error\"")))
			.andExpect(content().string(containsString("12자 이상으로 입력해 주세요.")));
		mvc.perform(post("/account/password").param("currentPassword", FIRST_PASSWORD)
			.param("password", NEW_PASSWORD)
			.param("passwordConfirm", NEW_PASSWORD + "!")
			.cookie(session)
			.with(csrf()))
			.andExpect(content().string(containsString("id=\"passwordConfirm-error\"")));

		assertThat(signIn(mvc, sme.getUsername(), FIRST_PASSWORD)).as("nothing changed").isNotNull();
		mvc.perform(get("/account/password").cookie(session))
			.andExpect(content().string(containsString("type=\"password\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(FIRST_PASSWORD))));
	}

	@Test
	void aChangedPasswordEndsTheAccountsOtherSessionsAndKeepsThisOne() throws Exception {
		SignedInUser sme = newSme(accounts);
		Cookie here = signIn(mvc, sme.getUsername(), FIRST_PASSWORD);
		Cookie elsewhere = signIn(mvc, sme.getUsername(), FIRST_PASSWORD);

		mvc.perform(post("/account/password").param("currentPassword", FIRST_PASSWORD)
			.param("password", NEW_PASSWORD)
			.param("passwordConfirm", NEW_PASSWORD)
			.cookie(here)
			.with(csrf()))
			.andExpect(redirectedUrl("/account/password"))
			.andExpect(flash().attribute("notice", "password.change.done"));

		mvc.perform(get("/applications").cookie(here)).andExpect(status().isOk());
		mvc.perform(get("/applications").cookie(elsewhere)).andExpect(redirectedUrl("/login?ended"));
		assertThat(signIn(mvc, sme.getUsername(), FIRST_PASSWORD)).isNull();
		assertThat(signIn(mvc, sme.getUsername(), NEW_PASSWORD)).isNotNull();
	}

}
