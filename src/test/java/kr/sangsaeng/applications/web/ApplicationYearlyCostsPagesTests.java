package kr.sangsaeng.applications.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TermSchedules;
import kr.sangsaeng.program.TermYear;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application form's yearly cost table follows what the SME types: the form asks the server for the table again
 * for the amount, term and agreement typed, worked out as the saved form would show it.
 */
@SangsaengTest
class ApplicationYearlyCostsPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	TermSchedules schedules;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	ProgrammeCode programme;

	Applicant sme;

	ApplicationId draft;

	/**
	 * A programme lending 1,000만 to 50억 원 over at most 36 months, whose agreement's funders pay the whole fee in year
	 * 1 (at most 300만 원) and a quarter after, with 1.5 and then 1 point of interest preference; and an SME's draft
	 * of 1억 원 in it.
	 */
	@BeforeEach
	void setUp() {
		programme = TestProgrammes.uniqueCode("YC");
		administration.create(programme, TestProgrammes.draft(Won.of(5_000_000_000L), Won.of(5_000_000_000L)),
				Won.of(50_000_000_000L), "admin");
		administration.moveTo(programme, ProgrammeStatus.OPEN, "admin");
		schedules.replace(programme, new AgreementCode(programme.value() + "-KODIT"), List.of(
				new TermYear(1, 1, Percentage.of("100"), Percentage.of("1"), Percentage.of("100"),
						new BigDecimal("1.5"), Won.of(3_000_000), null, false),
				new TermYear(2, null, Percentage.of("100"), Percentage.of("1"), Percentage.of("25"), BigDecimal.ONE,
						null, null, false)), "admin");
		sme = TestSmes.newSme(jdbc);
		draft = applications.startDraft(sme, programme, new ApplicationContent(Won.of(100_000_000),
				LoanPurpose.FACILITIES, 36, new BankCode("WOORI"), "설비 도입 자금으로 생산 능력을 늘리고 매출로 상환합니다."));
	}

	@Test
	void theTableFollowsTheAmountAndTermTypedToTheWon() throws Exception {
		// 5억: a fee of 500만 a year; the funders' 500만 in year 1 is capped at 300만; then they pay a quarter
		Document fiveEok = fragment(get(path(draft)).param("amount", "5억").param("termMonths", "36"), owner());
		assertThat(rows(fiveEok)).containsExactly(words(5_000_000, 3_000_000, 2_000_000, 7_500_000),
				words(5_000_000, 1_250_000, 3_750_000, 5_000_000), words(5_000_000, 1_250_000, 3_750_000, 5_000_000));
		assertThat(fiveEok.select(".total-sme").text()).isEqualTo(Won.of(9_500_000).inWords(Locale.KOREAN));

		// 3억 over 18 months: year 1 free to the company, then six months at three quarters of 300만
		Document threeEok = fragment(get(path(draft)).param("amount", "300,000,000").param("termMonths", "18"),
				owner());
		assertThat(rows(threeEok)).containsExactly(words(3_000_000, 3_000_000, 0, 4_500_000),
				words(1_500_000, 375_000, 1_125_000, 1_500_000));
		assertThat(threeEok.select(".yearly-costs-table caption").text()).contains("3억 원", "18");
		assertThat(threeEok.select(".yearly-costs-problem")).isEmpty();
	}

	@Test
	void theTableFollowsTheAgreementChosen() throws Exception {
		// 1억 over a year: KODIT guarantees all of it, K-SURE 95 %, at 1 % a year
		MockHttpServletRequestBuilder hmg = get("/applications/new/yearly-costs").param("programme", "HMG-KB-WOORI")
			.param("amount", "1억")
			.param("termMonths", "12");
		assertThat(fragment(hmg.param("agreementCode", "HMG-KB-WOORI-KODIT"), owner()).select(".yearly-fee").text())
			.isEqualTo(Won.of(1_000_000).inWords(Locale.KOREAN));
		Document ksure = fragment(get("/applications/new/yearly-costs").param("programme", "HMG-KB-WOORI")
			.param("amount", "1억")
			.param("termMonths", "12")
			.param("agreementCode", "HMG-KB-WOORI-K-SURE"), owner());
		assertThat(ksure.select(".yearly-fee").text()).isEqualTo(Won.of(950_000).inWords(Locale.KOREAN));
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "12.5", "-3억", "60억", "5백만", "99999999999999999999999999", "1억 2 3" })
	void anAmountThatIsNoWholeWonAmountTheProgrammeLendsGetsTheTablesExplanation(String typed) throws Exception {
		Document page = fragment(get(path(draft)).param("amount", typed).param("termMonths", "36"), owner());

		assertThat(page.select(".yearly-costs-table")).isEmpty();
		assertThat(page.select(".yearly-costs-problem").text()).isEqualTo("연차별 보증 비용을 보려면 "
				+ Won.of(10_000_000).inWords(Locale.KOREAN) + "부터 " + Won.of(5_000_000_000L).inWords(Locale.KOREAN)
				+ "까지의 금액을 원 단위로 입력하세요.");
		Document english = fragment(get(path(draft)).param("amount", typed).param("lang", "en"), owner());
		assertThat(english.select(".yearly-costs-problem").text()).startsWith("Type an amount in whole won from ");
	}

	@Test
	void withNoAmountTypedTheTableShowsTheExampleLoan() throws Exception {
		Document page = fragment(get(path(draft)).param("amount", " ").param("termMonths", "12"), owner());

		assertThat(rows(page)).containsExactly(words(1_000_000, 1_000_000, 0, 1_500_000));
	}

	@Test
	void onlyTheSmeThatOwnsTheDraftMayAsk() throws Exception {
		mvc.perform(get(path(draft)).param("amount", "5억").with(smeOf(TestSmes.newSme(jdbc))))
			.andExpect(status().isNotFound());
		mvc.perform(get(path(draft)).param("amount", "5억").with(user(accounts.loadUserByUsername("kodit.reviewer"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/applications/new/yearly-costs").param("programme", "HMG-KB-WOORI")
			.param("amount", "5억")
			.with(user(accounts.loadUserByUsername("woori.officer")))).andExpect(status().isForbidden());
		mvc.perform(get("/applications/new/yearly-costs").param("programme", "NO-SUCH").with(owner()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theFormAsksForTheTableAsTheSmeTypesAndStillShowsItWithoutScript() throws Exception {
		Document form = Jsoup.parse(mvc.perform(get("/applications/" + draft.value() + "/edit").with(owner()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		var asking = form.selectFirst("form [hx-get]");
		assertThat(asking.attr("hx-get")).isEqualTo(path(draft));
		assertThat(asking.attr("hx-trigger")).contains("input changed delay:300ms from:#amount",
				"input changed delay:300ms from:#termMonths", "change from:.agreement-choice");
		assertThat(asking.attr("hx-params")).isEqualTo("amount,termMonths,agreementCode");
		assertThat(asking.attr("hx-target")).isEqualTo("#application-yearly-costs");
		assertThat(asking.select("#amount, #termMonths")).hasSize(2);
		assertThat(rows(form)).as("the saved draft's 1억 over 36 months")
			.containsExactly(words(1_000_000, 1_000_000, 0, 1_500_000), words(1_000_000, 250_000, 750_000, 1_000_000),
					words(1_000_000, 250_000, 750_000, 1_000_000));
	}

	private static String path(ApplicationId id) {
		return "/applications/" + id.value() + "/yearly-costs";
	}

	private Document fragment(MockHttpServletRequestBuilder request, RequestPostProcessor sme) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(sme))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static List<List<String>> rows(Document page) {
		return page.select("#application-yearly-costs .yearly-costs-table tbody tr")
			.stream()
			.map(row -> List.of(row.select(".yearly-fee").text(), row.select(".yearly-funders").text()
				.replace(" (한도 적용)", ""), row.select(".yearly-sme").text(),
					row.select(".yearly-interest").text().replace(" (한도 적용)", "")))
			.toList();
	}

	private static List<String> words(long... amounts) {
		return java.util.Arrays.stream(amounts).mapToObj(won -> Won.of(won).inWords(Locale.KOREAN)).toList();
	}

	private RequestPostProcessor owner() {
		return smeOf(sme);
	}

	private static RequestPostProcessor smeOf(Applicant applicant) {
		return user(new SignedInUser(applicant.organisationId(), applicant.username(), "", "대표자", Role.SME_APPLICANT,
				new OrganisationRef(applicant.organisationId(), OrganisationKind.SME, applicant.businessNumber(),
						new LocalizedName(applicant.companyName(), applicant.companyName())),
				true));
	}

}
