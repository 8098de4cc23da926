package kr.sangsaeng.identity;

import java.util.Locale;

import jakarta.servlet.http.Cookie;

import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.LocalizedName;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * SMEs of their own for the password tests, signed in through the sign-in form, each request from its own client
 * address so that the limits on reset requests of one test do not reach another.
 */
final class AccountPasswordsFixture {

	static final String FIRST_PASSWORD = "초록 사과 세 개와 파란 우산";

	private static int addresses;

	private AccountPasswordsFixture() {
	}

	/**
	 * An SME that signed up in Korean.
	 */
	static SignedInUser newSme(Accounts accounts) {
		String number = TestSmes.validBusinessNumber();
		LocaleContextHolder.setLocale(Locale.KOREAN);
		try {
			return accounts.openSmeAccount(new NewSmeAccount(BusinessRegistrationNumber.parse(number),
					new LocalizedName("비밀번호시험 " + number, "Password test " + number),
					"pw-" + number + "@example.kr", FIRST_PASSWORD, "박대표"));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	/**
	 * The session cookie of a fresh sign-in, or {@code null} when it failed.
	 */
	static Cookie signIn(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return location != null && !location.contains("/login") ? result.getResponse().getCookie("SESSION") : null;
	}

	static synchronized RequestPostProcessor fromAnAddressOfItsOwn() {
		String address = "10.77." + (addresses / 250) + "." + (addresses % 250 + 1);
		addresses++;
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
