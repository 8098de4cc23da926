package kr.sangsaeng.company;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static kr.sangsaeng.company.SignUpFixtures.errorNextTo;
import static kr.sangsaeng.company.SignUpFixtures.validSignUp;
import static kr.sangsaeng.company.SignUpFixtures.withFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class CompanyProfilePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CompanyProfiles profiles;

	@Test
	@WithUserDetails("sme.demo")
	void theDemoSmeSeesItsOwnCompany() throws Exception {
		String page = mvc.perform(get("/company/profile"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document document = Jsoup.parse(page);
		assertThat(document.select(".business-number").text()).isEqualTo("314-86-05193");
		assertThat(document.select("[name=companyName]").val()).isEqualTo("(주)한빛오토텍");
		assertThat(document.select("[name=companyNameEnglish]").val()).isEqualTo("Hanbit Autotech Co., Ltd.");
		assertThat(document.select("[name=employees]").val()).isEqualTo("85");
		assertThat(document.select("select[name=industry] option[selected]").val()).isEqualTo("C");
		assertThat(document.select("select[name=region] option[selected]").val()).isEqualTo("ULSAN");
		assertThat(document.select("[name=foundedOn]").val()).startsWith("2009-");
		assertThat(page).contains("182억 4,000만 원");
		assertThat(document.select("[name=businessRegistrationNumber]")).as("the number cannot be edited").isEmpty();
	}

	@Test
	void anSmeSeesOnlyItsOwnCompany() throws Exception {
		Map<String, String> mine = validSignUp(jdbc);
		Map<String, String> theirs = validSignUp(jdbc);
		theirs.put("companyName", "(주)남의회사");
		Cookie me = signUp(mine);
		signUp(theirs);

		mvc.perform(get("/company/profile").cookie(me))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(mine.get("businessRegistrationNumber")),
					containsString("(주)새봄정밀"), not(containsString(theirs.get("businessRegistrationNumber"))),
					not(containsString("(주)남의회사")))));
	}

	@Test
	void anSmeChangesItsOwnCompanyAndNoOtherWhateverTheFormSays() throws Exception {
		Map<String, String> mine = validSignUp(jdbc);
		Map<String, String> theirs = validSignUp(jdbc);
		Cookie me = signUp(mine);
		signUp(theirs);
		BusinessRegistrationNumber myNumber = BusinessRegistrationNumber.parse(mine.get("businessRegistrationNumber"));
		BusinessRegistrationNumber theirNumber = BusinessRegistrationNumber.parse(theirs.get("businessRegistrationNumber"));
		CompanyProfile theirsBefore = claimOf(theirNumber).orElseThrow();

		Map<String, String> changes = profileChanges();
		changes.put("businessRegistrationNumber", theirNumber.digits());
		changes.put("organisationId", Long.toString(theirsBefore.organisationId()));
		changes.put("email", "taken-over@example.com");
		mvc.perform(withFields(post("/company/profile"), changes).with(csrf()).cookie(me))
			.andExpect(redirectedUrl("/company/profile"));

		CompanyProfile mineAfter = claimOf(myNumber).orElseThrow();
		assertThat(mineAfter.name().korean()).isEqualTo("(주)새봄테크");
		assertThat(mineAfter.name().english()).isEqualTo("Saebom Tech Co., Ltd.");
		assertThat(mineAfter.representativeName()).isEqualTo("박여름");
		assertThat(mineAfter.industry()).isEqualTo(IndustrySection.J);
		assertThat(mineAfter.region()).isEqualTo(Region.DAEJEON);
		assertThat(mineAfter.employees()).isEqualTo(57);
		assertThat(mineAfter.annualRevenue()).isEqualTo(Won.of(9_100_000_000L));
		assertThat(mineAfter.foundedOn()).isEqualTo(LocalDate.of(2013, 1, 2));
		assertThat(mineAfter.phone()).isEqualTo("042-861-0000");
		assertThat(mineAfter.email()).isEqualTo(mine.get("email"));
		assertThat(mineAfter.businessNumber()).isEqualTo(myNumber);
		assertThat(claimOf(theirNumber)).contains(theirsBefore);

		mvc.perform(get("/company/profile").cookie(me))
			.andExpect(content().string(allOf(containsString("기업 정보를 저장했습니다"), containsString("(주)새봄테크"))));
		mvc.perform(get("/").cookie(me).param("lang", "en"))
			.andExpect(content().string(containsString("Saebom Tech Co., Ltd.")));
		assertThat(jdbc.queryForObject("select name_en from organisation where code = ?", String.class,
				myNumber.digits())).isEqualTo("Saebom Tech Co., Ltd.");
	}

	@Test
	void refusedChangesAreExplainedNextToTheirFieldsAndChangeNothing() throws Exception {
		Map<String, String> mine = validSignUp(jdbc);
		Cookie me = signUp(mine);
		BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(mine.get("businessRegistrationNumber"));
		CompanyProfile before = claimOf(number).orElseThrow();

		Map<String, String> changes = profileChanges();
		changes.put("employees", "-3");
		changes.put("foundedOn", LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(7).toString());
		changes.put("region", "MARS");
		changes.put("companyNameEnglish", "x".repeat(101));
		String page = mvc.perform(withFields(post("/company/profile"), changes).with(csrf()).cookie(me)
			.param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(errorNextTo(page, "employees")).contains("cannot be negative");
		assertThat(errorNextTo(page, "foundedOn")).contains("cannot be in the future");
		assertThat(errorNextTo(page, "region")).contains("Choose a region from the list");
		assertThat(errorNextTo(page, "companyNameEnglish")).contains("at most 100 characters");
		assertThat(claimOf(number)).contains(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "ministry", "kodit.reviewer", "kodit.approver", "ksure.reviewer",
			"ksure.approver", "woori.officer", "ibk.officer" })
	void everyoneButAnSmeIsRefusedTheProfilePage(String username) throws Exception {
		Cookie staff = signIn(username);
		mvc.perform(get("/company/profile").cookie(staff)).andExpect(status().isForbidden());
		mvc.perform(withFields(post("/company/profile"), profileChanges()).with(csrf()).cookie(staff))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from company_profile where name_ko = '(주)새봄테크' "
				+ "and representative_name = '박여름' and phone = '042-861-0000' and organisation_id in "
				+ "(select organisation_id from user_account where username = ?)", Integer.class, username)).isZero();
	}

	@Test
	void anonymousVisitorsOfTheProfilePageAreSentToSignIn() throws Exception {
		mvc.perform(get("/company/profile")).andExpect(redirectedUrl("/login"));
		mvc.perform(withFields(post("/company/profile"), profileChanges()).with(csrf()))
			.andExpect(redirectedUrl("/login"));
	}

	private static Map<String, String> profileChanges() {
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("companyName", "(주)새봄테크");
		changes.put("companyNameEnglish", "Saebom Tech Co., Ltd.");
		changes.put("representativeName", "박여름");
		changes.put("industry", "J");
		changes.put("region", "DAEJEON");
		changes.put("employees", "57");
		changes.put("annualRevenue", "9,100,000,000");
		changes.put("foundedOn", "2013-01-02");
		changes.put("phone", "042 861 0000");
		return changes;
	}

	private Cookie signUp(Map<String, String> fields) throws Exception {
		MvcResult result = mvc.perform(withFields(post("/register"), fields).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return result.getResponse().getCookie("SESSION");
	}

	private Cookie signIn(String username) throws Exception {
		return mvc.perform(formLogin("/login").user(username).password("demo1234!"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	/**
	 * The profile of the company that signed up with {@code number}; it has not proved the number, so it is found by
	 * its claim rather than as the number's owner.
	 */
	private java.util.Optional<CompanyProfile> claimOf(BusinessRegistrationNumber number) {
		return jdbc.query("select organisation_id from company_profile where business_registration_number = ?",
				(row, count) -> row.getLong(1), number.digits())
			.stream()
			.findFirst()
			.flatMap(profiles::forOrganisation);
	}

}
