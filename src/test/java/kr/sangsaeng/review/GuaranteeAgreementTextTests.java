package kr.sangsaeng.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.program.TermSchedules;
import kr.sangsaeng.program.TermYear;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The guarantee agreement the SME accepts states the terms it gets year by year, in the same won as the table beside
 * it, and the text kept with its hash is the text shown.
 */
@SangsaengTest
class GuaranteeAgreementTextTests {

	private static final Won FIVE_EOK = Won.of(500_000_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	TermSchedules schedules;

	@Autowired
	ProgrammeCatalogue catalogue;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	ReviewFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new ReviewFixtures(administration, applications, accounts, jdbc);
	}

	@Test
	void anAgreementUnderTheHmgYearlyTermsStatesEachRangeOfYearsAsItsTableAndKeepsTheTextShown() throws Exception {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(1_000_000_000));
		ProgrammeSummary hmg = catalogue.find(new ProgrammeCode("HMG-KB-WOORI")).orElseThrow();
		List<TermYear> hmgYears = hmg.agreement(new AgreementCode("HMG-KB-WOORI-KODIT"))
			.orElseThrow()
			.schedule(hmg.terms())
			.rows();
		schedules.replace(programme, new AgreementCode(programme.value() + "-KODIT"), hmgYears, "admin");
		ApplicationId id = approved(programme, FIVE_EOK, 36);
		String path = "/applications/" + id.value() + "/agreement";

		// 5억 at 100 % and 1 %: 500만 원 a year; year 1 the funders pay it all, years 2–3 half; 1.5 points save 750만 원
		Document page = page(path, sme(id));
		assertThat(smeShares(page)).containsExactly(words(0), words(2_500_000), words(2_500_000));
		String shown = page.selectFirst(".agreement-text").wholeText();
		assertThat(shown)
			.contains("\n- 1년차: 보증비율 100%(보증금액 500,000,000원), 보증료율은 보증금액의 연 1%로 보증료는 연 5,000,000원이며, "
					+ "이 중 프로그램 출연기업이 5,000,000원, 기업이 0원을(를) 부담합니다. 은행은 대출금리를 1.5%p 우대하여 기업의 이자를 "
					+ "연 7,500,000원 줄여 줍니다.\n")
			.contains("\n- 2~3년차: 보증비율 100%(보증금액 500,000,000원), 보증료율은 보증금액의 연 1%로 보증료는 연 5,000,000원이며, "
					+ "이 중 프로그램 출연기업이 2,500,000원, 기업이 2,500,000원을(를) 부담합니다. 은행은 대출금리를 1.5%p 우대하여 "
					+ "기업의 이자를 연 7,500,000원 줄여 줍니다.\n")
			.contains("기업은 첫해분 0원을(를) 보증서 발급 전에")
			.doesNotContain("4년차")
			.as("no flat split of the fee").doesNotContain("은(는) 프로그램 출연기업이 부담하고");
		assertThat(page.select(".terms-figures").text()).as("no yearly fee of flat terms beside the table")
			.doesNotContain("연간 보증료");

		String english = page(path + "?lang=en", sme(id)).selectFirst(".agreement-text").wholeText();
		assertThat(english).contains("\n- Year 1: the agency guarantees 100% of the loan (₩500,000,000); the fee is 1% a "
				+ "year of the guaranteed amount, ₩5,000,000 a year, of which the programme funders pay ₩5,000,000 and the "
				+ "company pays ₩0; the bank lowers the interest rate on the loan by 1.5 percentage points, saving the "
				+ "company ₩7,500,000 a year.\n")
			.contains("\n- Years 2 to 3: the agency guarantees 100% of the loan (₩500,000,000); the fee is 1% a year of "
					+ "the guaranteed amount, ₩5,000,000 a year, of which the programme funders pay ₩2,500,000 and the "
					+ "company pays ₩2,500,000; the bank lowers the interest rate on the loan by 1.5 percentage points, "
					+ "saving the company ₩7,500,000 a year.\n");

		mvc.perform(post(path).param("representativeName", "김대표").with(csrf()).with(sme(id)))
			.andExpect(status().is3xxRedirection());
		List<String> kept = jdbc.sql("select accepted_text, text_sha256 from guarantee_agreement where application_id = ?")
			.param(id.value())
			.query((row, number) -> List.of(row.getString(1), row.getString(2)))
			.single();
		assertThat(kept).containsExactly(shown, sha256(shown));
		List<String> audited = jdbc.sql("select details->>'acceptedText', details->>'textSha256' from audit_entry "
				+ "where subject = ? and action = 'guarantee.agreement-accepted'")
			.param("application:" + id.value())
			.query((row, number) -> List.of(row.getString(1), row.getString(2)))
			.single();
		assertThat(audited).containsExactly(shown, sha256(shown));
		Document accepted = page(path, sme(id));
		assertThat(accepted.selectFirst(".agreement-text").wholeText()).isEqualTo(shown);
		assertThat(accepted.select(".agreement-hash").text()).isEqualTo(sha256(shown));
	}

	@Test
	void anAgreementUnderFlatTermsStillStatesTheFeeSplitInOneSentence() throws Exception {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(1_000_000_000));
		ApplicationId id = fixtures.submitted(programme, Won.of(200_000_000));
		decisions.approve(fixtures.staff("kodit.reviewer"), id, fixtures.version(id),
				new ApprovalTerms(Won.of(200_000_000), Percentage.of("90"), Percentage.of("1.2"), null), "승인");

		// 2억 × 90 % = 1억 8,000만 원 guaranteed; × 1.2 % = 216만 원 a year, of which the funders pay half
		Document page = page("/applications/" + id.value() + "/agreement", sme(id));
		assertThat(smeShares(page)).containsExactly(words(1_080_000), words(1_080_000));
		String text = page.selectFirst(".agreement-text").wholeText();
		assertThat(text.split("\n")).contains("2. 보증료는 보증금액의 연 1.2%로 연 2,160,000원입니다. 이 중 1,080,000원은(는) 프로그램 "
				+ "출연기업이 부담하고, 기업은 연 1,080,000원을(를) 부담합니다. 기업은 첫해분 1,080,000원을(를) 보증서 발급 전에, 이후 각 "
				+ "연도분은 그 연도 시작 시 납부합니다.");
		assertThat(text).doesNotContain("년차");
		assertThat(page.select(".terms-figures").text()).contains("연간 보증료 216만 원");
	}

	private ApplicationId approved(ProgrammeCode programme, Won amount, int termMonths) {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, programme, new ApplicationContent(amount,
				LoanPurpose.FACILITIES, termMonths, new BankCode("WOORI"), "설비 도입 자금으로 생산 능력을 늘리고 매출로 상환합니다."));
		TestChecklists.complete(applications, sme, id, TestSmes.businessPlan());
		applications.submit(sme, id);
		decisions.approve(fixtures.staff("kodit.reviewer"), id, fixtures.version(id),
				new ApprovalTerms(amount, Percentage.of("100"), Percentage.of("1"), null), "승인");
		return id;
	}

	private static List<String> smeShares(Document page) {
		return page.select(".agreement-yearly-costs .yearly-costs-table tbody tr .yearly-sme")
			.stream()
			.map(cell -> cell.text())
			.toList();
	}

	private static String words(long won) {
		return Won.of(won).inWords(Locale.KOREAN);
	}

	private Document page(String path, RequestPostProcessor sme) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(sme))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private RequestPostProcessor sme(ApplicationId id) {
		return jdbc.sql("select organisation_id, business_number from guarantee_application where id = ?")
			.param(id.value())
			.query((row, number) -> smeOf(row.getLong(1), row.getString(2)))
			.single();
	}

	private static RequestPostProcessor smeOf(long organisationId, String number) {
		return user(new SignedInUser(organisationId, "owner-" + number + "@example.kr", "", "대표자",
				Role.SME_APPLICANT, new OrganisationRef(organisationId, OrganisationKind.SME, number,
						new LocalizedName("시험기업 " + number, "Test company " + number)),
				true));
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
