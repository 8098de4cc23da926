package kr.sangsaeng.company;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Ownership;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static kr.sangsaeng.company.SignUpFixtures.PASSWORD;
import static kr.sangsaeng.company.SignUpFixtures.accounts;
import static kr.sangsaeng.company.SignUpFixtures.errorNextTo;
import static kr.sangsaeng.company.SignUpFixtures.invalidFields;
import static kr.sangsaeng.company.SignUpFixtures.organisations;
import static kr.sangsaeng.company.SignUpFixtures.profiles;
import static kr.sangsaeng.company.SignUpFixtures.validSignUp;
import static kr.sangsaeng.company.SignUpFixtures.with;
import static kr.sangsaeng.company.SignUpFixtures.withFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class SignUpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CompanyProfiles profiles;

	@Autowired
	Accounts accounts;

	@LocalServerPort
	int port;

	@Test
	void theFormAsksForEveryContractFieldWithALabelInTheReadersLanguage() throws Exception {
		String korean = mvc.perform(get("/register")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(korean);
		for (String field : List.of("businessRegistrationNumber", "companyName", "representativeName", "email",
				"password", "passwordConfirm", "industry", "region", "employees", "annualRevenue", "foundedOn",
				"phone")) {
			assertThat(page.select("[name=" + field + "]")).as(field).hasSize(1);
			assertThat(page.select("label[for=" + field + "]").text()).as("label of " + field).isNotBlank();
		}
		assertThat(page.select("label[for=businessRegistrationNumber]").text()).isEqualTo("사업자등록번호");
		assertThat(page.select("select[name=region] option").eachText()).contains("울산광역시", "경기도");
		assertThat(page.select("select[name=industry] option").eachText()).contains("C · 제조업");

		mvc.perform(get("/register").param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Business registration number"),
					containsString("North Gyeongsang"), containsString("C · Manufacturing"))));
	}

	@Test
	void aNewSmeIsSignedInAfterSigningUpAndLandsOnTheHomePage() throws Exception {
		Map<String, String> signUp = validSignUp(jdbc);
		Cookie anonymous = mvc.perform(get("/register"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		Cookie session = mvc.perform(withFields(post("/register"), signUp).with(csrf()).cookie(anonymous))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		assertThat(session.getValue()).as("the session id changes on sign-in").isNotEqualTo(anonymous.getValue());
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
				signUp.get("email"))).as("the signed-in session is kept in the database").isEqualTo(1L);
		mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("박새봄님, 안녕하세요"),
					containsString("중소기업 신청인 · (주)새봄정밀"), containsString("로그아웃"))));
	}

	@Test
	void signingUpKeepsTheCompanyProfileAndItsAccount() throws Exception {
		Map<String, String> signUp = validSignUp(jdbc);
		mvc.perform(withFields(post("/register"), signUp).with(csrf())).andExpect(redirectedUrl("/"));

		BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(signUp.get("businessRegistrationNumber"));
		CompanyProfile profile = claimOf(number);
		assertThat(profiles.ownership(profile.organisationId())).as("a new company has not proved its number")
			.isEqualTo(Ownership.UNVERIFIED);
		assertThat(profiles.forBusinessNumber(number)).as("nor does it own the number").isEmpty();
		assertThat(profile.name().korean()).isEqualTo("(주)새봄정밀");
		assertThat(profile.name().english()).isEqualTo("(주)새봄정밀");
		assertThat(profile.representativeName()).isEqualTo("박새봄");
		assertThat(profile.industry()).isEqualTo(IndustrySection.C);
		assertThat(profile.region()).isEqualTo(Region.GYEONGNAM);
		assertThat(profile.employees()).isEqualTo(42);
		assertThat(profile.annualRevenue()).isEqualTo(Won.of(7_300_000_000L));
		assertThat(profile.foundedOn()).isEqualTo(LocalDate.of(2014, 5, 20));
		assertThat(profile.phone()).isEqualTo("055-123-4567");
		assertThat(profile.email()).isEqualTo(signUp.get("email"));
		assertThat(profiles.forOrganisation(profile.organisationId())).contains(profile);
		assertThat(jdbc.queryForObject("select kind from organisation where id = ?", String.class,
				profile.organisationId())).isEqualTo("SME");
		assertThat(jdbc.queryForObject(
				"select password_hash from user_account where organisation_id = ? and role = 'SME_APPLICANT'",
				String.class, profile.organisationId())).startsWith("{bcrypt}").doesNotContain(PASSWORD);
	}

	@Test
	void theNewAccountSignsInAgainWithItsEmailInAnyCase() throws Exception {
		Map<String, String> signUp = with(validSignUp(jdbc), "email", "Kim.Owner" + System.nanoTime() + "@Saebom.example");
		mvc.perform(withFields(post("/register"), signUp).with(csrf())).andExpect(redirectedUrl("/"));

		mvc.perform(formLogin("/login").user(signUp.get("email").toLowerCase()).password(PASSWORD))
			.andExpect(authenticated().withRoles(Role.SME_APPLICANT.name()));
		mvc.perform(formLogin("/login").user(signUp.get("email").toUpperCase()).password(PASSWORD))
			.andExpect(authenticated());
		mvc.perform(formLogin("/login").user(signUp.get("email")).password(PASSWORD + "x"))
			.andExpect(unauthenticated());
	}

	@Test
	void numbersDatesAndPhonesAreReadAsPeopleTypeThem() throws Exception {
		Map<String, String> signUp = validSignUp(jdbc);
		BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(signUp.get("businessRegistrationNumber"));
		signUp.put("businessRegistrationNumber", " " + number.digits() + " ");
		signUp.put("employees", "１,２００명");
		signUp.put("annualRevenue", "₩７,３００,０００,０００");
		signUp.put("foundedOn", "2014. 5. 20.");
		signUp.put("phone", "+82 55 123 4567");
		signUp.put("companyName", "  (주)새봄정밀  ");

		mvc.perform(withFields(post("/register"), signUp).with(csrf())).andExpect(redirectedUrl("/"));

		CompanyProfile profile = claimOf(number);
		assertThat(profile.employees()).isEqualTo(1200);
		assertThat(profile.annualRevenue()).isEqualTo(Won.of(7_300_000_000L));
		assertThat(profile.foundedOn()).isEqualTo(LocalDate.of(2014, 5, 20));
		assertThat(profile.phone()).isEqualTo("055-123-4567");
		assertThat(profile.name().korean()).isEqualTo("(주)새봄정밀");
	}

	static Stream<Arguments> refusedFields() {
		String tomorrow = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(7).toString();
		return Stream.of(
				Arguments.of("businessRegistrationNumber", "124-81-00999", "검증번호 불일치", "check digit does not match"),
				Arguments.of("businessRegistrationNumber", "124-81-0099", "10자리", "10 digits"),
				Arguments.of("businessRegistrationNumber", "", "사업자등록번호를 입력해", "Enter your business registration number"),
				Arguments.of("companyName", "", "기업명을 입력해", "Enter the name of your company"),
				Arguments.of("companyName", "가".repeat(101), "100자 이내", "at most 100 characters"),
				Arguments.of("companyName", "x".repeat(10 * 1024 * 1024), "100자 이내", "at most 100 characters"),
				Arguments.of("companyName", "새봄\u0000정밀", "제어 문자", "control or invisible characters"),
				Arguments.of("companyName", "새봄\u202E정밀", "제어 문자", "control or invisible characters"),
				Arguments.of("companyName", "새봄\uFFFF정밀", "제어 문자", "control or invisible characters"),
				Arguments.of("representativeName", "박".repeat(51), "50자 이내", "at most 50 characters"),
				Arguments.of("representativeName", "박새봄\r\n", "제어 문자", "control or invisible characters"),
				Arguments.of("email", "not-an-email", "이메일 주소를 입력해", "Enter an email address such as"),
				Arguments.of("email", "owner@localhost", "이메일 주소를 입력해", "Enter an email address such as"),
				Arguments.of("password", "short pass", "12자 이상", "at least 12 characters"),
				Arguments.of("password", "Password1234", "흔히 쓰여", "among the most common"),
				Arguments.of("password", "k".repeat(65), "64자 이내", "at most 64 characters"),
				Arguments.of("passwordConfirm", "blue harbour lantern 8", "두 비밀번호가 서로 다릅니다",
						"The two passwords are not the same"),
				Arguments.of("industry", "", "업종을 선택해", "Choose the industry"),
				Arguments.of("industry", "Z", "목록에 있는 업종", "Choose an industry from the list"),
				Arguments.of("industry", "c", "목록에 있는 업종", "Choose an industry from the list"),
				Arguments.of("region", "ATLANTIS", "목록에 있는 시·도", "Choose a region from the list"),
				Arguments.of("region", "'; drop table company_profile; --", "목록에 있는 시·도",
						"Choose a region from the list"),
				Arguments.of("employees", "-5", "음수일 수 없습니다", "cannot be negative"),
				Arguments.of("employees", "1e3", "숫자로 입력해", "in digits"),
				Arguments.of("employees", "99999999", "너무 큽니다", "too large"),
				Arguments.of("employees", "٤٢", "숫자로 입력해", "in digits"),
				Arguments.of("annualRevenue", "-1", "음수일 수 없습니다", "cannot be negative"),
				Arguments.of("annualRevenue", "12.5", "소수점", "whole won"),
				Arguments.of("annualRevenue", "99999999999999999999", "너무 큽니다", "too large"),
				Arguments.of("annualRevenue", "1,000,000,000,000,001", "너무 큽니다", "too large"),
				Arguments.of("annualRevenue", "약 182억", "조·억·만·천", "with 조/억/만/천"),
				Arguments.of("foundedOn", "2023-02-30", "올바른 날짜", "a date that exists"),
				Arguments.of("foundedOn", "yesterday", "올바른 날짜", "a date that exists"),
				Arguments.of("foundedOn", tomorrow, "오늘 이후일 수 없습니다", "cannot be in the future"),
				Arguments.of("foundedOn", "1899-12-31", "1900년 이후", "from 1900 on"),
				Arguments.of("phone", "12345", "국내 전화번호", "Korean phone number"),
				Arguments.of("phone", "call me", "국내 전화번호", "Korean phone number"));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("refusedFields")
	void aRefusedFieldIsExplainedNextToItInKoreanAndEnglishAndNothingIsSaved(String field, String value,
			String korean, String english) throws Exception {
		Map<String, String> signUp = with(validSignUp(jdbc), field, value);
		if (field.equals("password")) {
			signUp.put("passwordConfirm", value);
		}

		String koreanPage = refused(signUp, "ko");
		assertThat(errorNextTo(koreanPage, field)).contains(korean);
		assertThat(invalidFields(koreanPage)).containsExactly(field);
		String englishPage = refused(signUp, "en");
		assertThat(errorNextTo(englishPage, field)).contains(english);

		assertNothingSaved(signUp);
	}

	@Test
	void aPasswordContainingTheEmailsNameIsRefused() throws Exception {
		Map<String, String> signUp = validSignUp(jdbc);
		signUp.put("email", "saebom.park" + System.nanoTime() + "@saebom.example");
		String localPart = signUp.get("email").substring(0, signUp.get("email").indexOf('@'));
		signUp.put("password", "I am " + localPart.toUpperCase());
		signUp.put("passwordConfirm", signUp.get("password"));

		assertThat(errorNextTo(refused(signUp, "ko"), "password")).contains("이메일 아이디를 넣을 수 없습니다");
		assertThat(errorNextTo(refused(signUp, "en"), "password")).contains("must not contain the name of your email");
		assertNothingSaved(signUp);
	}

	@Test
	void aNumberClaimedButNotProvedDoesNotStopTheRealCompanyFromSigningUp() throws Exception {
		Map<String, String> impostor = validSignUp(jdbc);
		mvc.perform(withFields(post("/register"), impostor).with(csrf())).andExpect(redirectedUrl("/"));
		String digits = BusinessRegistrationNumber.parse(impostor.get("businessRegistrationNumber")).digits();
		Map<String, String> owner = with(with(validSignUp(jdbc), "businessRegistrationNumber", digits),
				"companyName", "(주)다른이름");

		mvc.perform(withFields(post("/register"), owner).with(csrf())).andExpect(redirectedUrl("/"));

		assertThat(organisations(jdbc, digits)).isEqualTo(2);
		assertThat(profiles(jdbc, digits)).isEqualTo(2);
		assertThat(accounts(jdbc, owner.get("email"))).isEqualTo(1);
	}

	@Test
	void aNumberAVerifiedCompanyOwnsIsRefusedWithHowTheRealCompanyGetsAccess() throws Exception {
		Map<String, String> first = validSignUp(jdbc);
		mvc.perform(withFields(post("/register"), first).with(csrf())).andExpect(redirectedUrl("/"));
		BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(first.get("businessRegistrationNumber"));
		accounts.verifyOwnership(claimOf(number).organisationId());
		Map<String, String> second = with(with(validSignUp(jdbc), "businessRegistrationNumber", number.digits()),
				"companyName", "(주)다른이름");

		String korean = errorNextTo(refused(second, "ko"), "businessRegistrationNumber");
		assertThat(korean).contains("이미 다른 회사가 본인 번호임을 인증", "이미 있는 계정으로 로그인", "사업자등록증", "보증기관")
			.doesNotContain(first.get("email"));
		String english = errorNextTo(refused(second, "en"), "businessRegistrationNumber");
		assertThat(english).contains("has already proved", "sign in with the account your company already has",
				"business registration certificate", "guarantee agency")
			.doesNotContain(first.get("email"));

		assertThat(accounts(jdbc, second.get("email"))).isZero();
		assertThat(organisations(jdbc, number.digits())).isEqualTo(1);
		assertThat(jdbc.queryForObject("select name_ko from company_profile where business_registration_number = ?",
				String.class, number.digits())).isEqualTo("(주)새봄정밀");
	}

	@Test
	void theDemoSmesBusinessNumberIsTaken() throws Exception {
		Map<String, String> signUp = with(validSignUp(jdbc), "businessRegistrationNumber", "314-86-05193");
		assertThat(errorNextTo(refused(signUp, "ko"), "businessRegistrationNumber"))
			.contains("이미 다른 회사가 본인 번호임을 인증");
		assertThat(accounts(jdbc, signUp.get("email"))).isZero();
	}

	@Test
	void aNumberNoTaxOfficeIssuesIsRefusedNextToTheField() throws Exception {
		Map<String, String> signUp = with(validSignUp(jdbc), "businessRegistrationNumber", "000-00-00000");
		assertThat(errorNextTo(refused(signUp, "ko"), "businessRegistrationNumber")).contains("세무서에서 발급하지 않는 번호");
		assertThat(errorNextTo(refused(signUp, "en"), "businessRegistrationNumber")).contains("No tax office issues");
		assertThat(accounts(jdbc, signUp.get("email"))).isZero();
		assertThat(organisations(jdbc, "0000000000")).isZero();
	}

	@Test
	void aTakenEmailIsRefusedWhateverItsCase() throws Exception {
		Map<String, String> first = validSignUp(jdbc);
		mvc.perform(withFields(post("/register"), first).with(csrf())).andExpect(redirectedUrl("/"));
		Map<String, String> second = with(validSignUp(jdbc), "email", " " + first.get("email").toUpperCase() + " ");

		assertThat(errorNextTo(refused(second, "ko"), "email")).contains("이 이메일 주소로 가입된 계정이 이미 있습니다");
		assertThat(errorNextTo(refused(second, "en"), "email")).contains("An account signs in with this email address");
		String digits = BusinessRegistrationNumber.parse(second.get("businessRegistrationNumber")).digits();
		assertThat(organisations(jdbc, digits)).isZero();
		assertThat(profiles(jdbc, digits)).isZero();
		assertThat(accounts(jdbc, first.get("email"))).isEqualTo(1);
	}

	@Test
	void submittingTheSameSignUpTwiceCreatesOneAccount() throws Exception {
		Map<String, String> signUp = validSignUp(jdbc);
		mvc.perform(withFields(post("/register"), signUp).with(csrf())).andExpect(redirectedUrl("/"));

		String again = refused(signUp, "ko");

		assertThat(errorNextTo(again, "email")).contains("이미 있습니다");
		String digits = BusinessRegistrationNumber.parse(signUp.get("businessRegistrationNumber")).digits();
		assertThat(organisations(jdbc, digits)).isEqualTo(1);
		assertThat(accounts(jdbc, signUp.get("email"))).isEqualTo(1);
		assertThat(profiles(jdbc, digits)).isEqualTo(1);
	}

	@Test
	void theSameSignUpSentTwiceAtOnceCreatesOneAccountAndExplainsTheOther() throws Exception {
		Map<String, String> signUp = validSignUp(jdbc);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService senders = Executors.newFixedThreadPool(2);
		try {
			List<Future<MvcResult>> sent = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				sent.add(senders.submit(() -> {
					start.await();
					return mvc.perform(withFields(post("/register"), signUp).with(csrf())).andReturn();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<MvcResult> response : sent) {
				MvcResult result = response.get();
				statuses.add(result.getResponse().getStatus());
				if (result.getResponse().getStatus() == 200) {
					assertThat(errorNextTo(result.getResponse().getContentAsString(), "email"))
						.contains("이미 있습니다");
				}
			}
			assertThat(statuses).containsExactlyInAnyOrder(302, 200);
		}
		finally {
			senders.shutdownNow();
		}
		String digits = BusinessRegistrationNumber.parse(signUp.get("businessRegistrationNumber")).digits();
		assertThat(organisations(jdbc, digits)).isEqualTo(1);
		assertThat(accounts(jdbc, signUp.get("email"))).isEqualTo(1);
		assertThat(profiles(jdbc, digits)).isEqualTo(1);
	}

	@Test
	void aRefusedFormKeepsWhatWasTypedExceptThePasswords() throws Exception {
		Map<String, String> signUp = with(validSignUp(jdbc), "phone", "12345");
		Document page = Jsoup.parse(refused(signUp, "ko"));
		assertThat(page.select("[name=companyName]").val()).isEqualTo("(주)새봄정밀");
		assertThat(page.select("[name=email]").val()).isEqualTo(signUp.get("email"));
		assertThat(page.select("select[name=region] option[selected]").val()).isEqualTo("GYEONGNAM");
		assertThat(page.select("[name=phone]").val()).isEqualTo("12345");
		assertThat(page.select("[name=password]").val()).isEmpty();
		assertThat(page.select("[name=passwordConfirm]").val()).isEmpty();
		assertThat(page.select("#error-summary a[href=#phone]").text()).contains("국내 전화번호");
	}

	@Test
	void aSignUpWithoutTheFormsCsrfTokenIsRefused() throws Exception {
		Map<String, String> signUp = validSignUp(jdbc);
		mvc.perform(withFields(post("/register"), signUp)).andExpect(status().isForbidden());
		assertNothingSaved(signUp);
	}

	@Test
	void someoneSignedInIsNotOfferedTheSignUpForm() throws Exception {
		mvc.perform(get("/register").with(user("kodit.reviewer").roles(Role.AGENCY_REVIEWER.name())))
			.andExpect(redirectedUrl("/"));
		Map<String, String> signUp = validSignUp(jdbc);
		mvc.perform(withFields(post("/register"), signUp).with(csrf())
			.with(user("kodit.reviewer").roles(Role.AGENCY_REVIEWER.name()))).andExpect(redirectedUrl("/"));
		assertNothingSaved(signUp);
	}

	@Test
	void aFormTooLargeForTheServerIsRefusedWholeAndSavesNothing() throws Exception {
		Map<String, String> signUp = validSignUp(jdbc);
		StringBuilder body = new StringBuilder();
		signUp.forEach((name, value) -> body.append(name).append('=')
			.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)).append('&'));
		body.append("representativeName=").append("x".repeat(10 * 1024 * 1024));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/register"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertNothingSaved(signUp);
	}

	private String refused(Map<String, String> signUp, String language) throws Exception {
		return mvc.perform(withFields(post("/register"), signUp).param("lang", language).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(unauthenticated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void assertNothingSaved(Map<String, String> signUp) {
		String typed = signUp.get("businessRegistrationNumber");
		if (BusinessRegistrationNumber.isValid(typed)) {
			String digits = BusinessRegistrationNumber.parse(typed).digits();
			assertThat(organisations(jdbc, digits)).as("organisations").isZero();
			assertThat(profiles(jdbc, digits)).as("company profiles").isZero();
		}
		assertThat(accounts(jdbc, signUp.get("email"))).as("accounts").isZero();
	}

	/**
	 * The profile of the (single) company that claims {@code number}.
	 */
	private CompanyProfile claimOf(BusinessRegistrationNumber number) {
		Long organisationId = jdbc.queryForObject(
				"select organisation_id from company_profile where business_registration_number = ?", Long.class,
				number.digits());
		return profiles.forOrganisation(organisationId).orElseThrow();
	}

}
