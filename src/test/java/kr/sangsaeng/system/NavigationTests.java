package kr.sangsaeng.system;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The main menu names what each role may open, and only that.
 */
@SangsaengTest
class NavigationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void aVisitorWhoHasNotSignedInIsOfferedTheProgrammesSigningUpAndSigningIn() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/programmes")).andReturn().getResponse().getContentAsString());

		assertThat(menu(page)).containsExactly("/programmes");
		assertThat(page.select("#main-menu a[href=/register], #main-menu a[href=/login]")).hasSize(2);
		assertThat(page.select(".user-menu")).isEmpty();
		assertThat(page.select("nav.app-navbar").attr("class")).contains("navbar-expand-lg");
	}

	@Test
	void eachRoleSeesItsOwnMenuAndItsNameButNoSignIn() throws Exception {
		assertMenu("sme.demo", "xl", "/programmes", "/applications", "/company/profile", "/company/suppliers",
				"/notifications");
		assertMenu("kodit.reviewer", "xl", "/programmes", "/review", "/agency/registration-certificates", "/claims",
				"/review/loan-changes", "/dashboard");
		assertMenu("kodit.approver", "xl", "/programmes", "/review", "/review/approvals",
				"/agency/registration-certificates", "/claims", "/review/loan-changes", "/dashboard");
		assertMenu("woori.officer", "lg", "/programmes", "/disbursements", "/notifications");
		assertMenu("hyundai.funder", "xl", "/programmes", "/funder/dashboard", "/funder/partners",
				"/funder/recommendations", "/funder/nominations");
		assertMenu("ministry", "lg", "/programmes", "/dashboard");
		List<String> admin = menuOf("admin");
		assertThat(admin).startsWith("/programmes", "/dashboard", "/admin/programmes", "/admin/partners",
				"/admin/api-tokens", "/admin/accounts");
		assertThat(admin).contains("/admin/audit");
	}

	private void assertMenu(String username, String expandsFrom, String... links) throws Exception {
		Document page = pageOf(username);
		assertThat(menu(page)).as(username).containsExactly(links);
		assertThat(page.select("nav.app-navbar").attr("class")).as(username).contains("navbar-expand-" + expandsFrom);
		assertThat(page.select("#main-menu a[href=/login], #main-menu a[href=/register]")).as(username).isEmpty();
		assertThat(page.select(".user-menu-name").text()).as(username).isNotBlank();
	}

	private List<String> menuOf(String username) throws Exception {
		return menu(pageOf(username));
	}

	private Document pageOf(String username) throws Exception {
		return Jsoup.parse(mvc.perform(get("/programmes").with(user(accounts.loadUserByUsername(username))))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static List<String> menu(Document page) {
		return page.select("#main-menu ul.me-auto > li.nav-item > a").eachAttr("href");
	}

}
