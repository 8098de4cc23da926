package kr.sangsaeng.disbursement;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

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
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.TermSchedules;
import kr.sangsaeng.program.TermYear;
import kr.sangsaeng.review.GuaranteeCertificates;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A guarantee under an agreement with yearly terms shows the same yearly cost in won on the application form, the
 * SME's approved application, the certificate, the bank's loan page and the bank's API, and the programme page works
 * it out the same way.
 */
@SangsaengTest
class YearlyCostsEverywhereTests {

	private static final Won FIVE_EOK = Won.of(500_000_000);

	/** Year 1: fee 500만, funders' part capped at 300만, 1.5 points = 750만; years 2–3: a quarter, 1 point. */
	private static final List<List<Long>> EXPECTED = List.of(List.of(5_000_000L, 3_000_000L, 2_000_000L, 7_500_000L),
			List.of(5_000_000L, 1_250_000L, 3_750_000L, 5_000_000L),
			List.of(5_000_000L, 1_250_000L, 3_750_000L, 5_000_000L));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	LoanFixtures fixtures;

	@Autowired
	TermSchedules schedules;

	@Autowired
	GuaranteeCertificates certificates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GuaranteeApplications applications;

	@Test
	void theFormTheSmesApplicationTheCertificateTheBanksLoanAndItsApiShowTheSameYearlyCostInWon() throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		schedules.replace(programme, new AgreementCode(programme.value() + "-KODIT"), List.of(
				new TermYear(1, 1, Percentage.of("100"), Percentage.of("1"), Percentage.of("100"),
						new BigDecimal("1.5"), Won.of(3_000_000), null, false),
				new TermYear(2, null, Percentage.of("100"), Percentage.of("1"), Percentage.of("25"), BigDecimal.ONE,
						null, null, false)), "admin");
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK);

		List<List<String>> expected = EXPECTED.stream()
			.map(year -> year.stream().map(won -> Won.of(won).inWords(Locale.KOREAN)).toList())
			.toList();
		assertThat(rows(page(get("/applications/" + id.value()).with(sme(id))), ".guarantee-yearly-costs"))
			.isEqualTo(expected);
		assertThat(rows(page(get("/disbursements/" + id.value()).with(as("woori.officer"))), ".loan-yearly-costs"))
			.isEqualTo(expected);

		mvc.perform(get("/api/v1/bank/loans/" + id.value()).header("Authorization", "Bearer demo-woori-token"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.approvedWon").value(500_000_000L))
			.andExpect(jsonPath("$.yearlyCosts[0].feeWon").value(5_000_000L))
			.andExpect(jsonPath("$.yearlyCosts[0].fundersShareWon").value(3_000_000L))
			.andExpect(jsonPath("$.yearlyCosts[0].smeShareWon").value(2_000_000L))
			.andExpect(jsonPath("$.yearlyCosts[0].interestSavedWon").value(7_500_000L))
			.andExpect(jsonPath("$.yearlyCosts[2].fundersShareWon").value(1_250_000L))
			.andExpect(jsonPath("$.yearlyCosts[2].smeShareWon").value(3_750_000L))
			.andExpect(jsonPath("$.yearlyCosts[2].interestSavedWon").value(5_000_000L))
			.andExpect(jsonPath("$.yearlyCosts.length()").value(3));

		Applicant another = TestSmes.newSme(jdbc);
		ApplicationId draft = applications.startDraft(another, programme, new ApplicationContent(FIVE_EOK,
				LoanPurpose.FACILITIES, 36, new BankCode("WOORI"), "설비 도입 자금으로 생산 능력을 늘리고 매출로 상환합니다."));
		assertThat(rows(page(get("/applications/" + draft.value() + "/edit").with(sme(draft))),
				".application-yearly-costs"))
			.isEqualTo(expected);

		// the certificate's table cells come out of the PDF run together
		String certificate = text(certificates.issued(id).orElseThrow().content());
		assertThat(certificate).contains("1년차/Year15,000,000원3,000,000원2,000,000원7,500,000원")
			.contains("3년차/Year35,000,000원1,250,000원3,750,000원5,000,000원")
			.contains("합계/Total15,000,000원5,500,000원9,500,000원17,500,000원");
	}

	@Test
	void theProgrammePageShowsEachAgreementsYearlyCostOfTheExampleLoan() throws Exception {
		Document page = page(get("/programmes/HMG-KB-WOORI"));

		// 1억 over 60 months: year 1 free to the company, years 2–3 half, then the company pays 0.8 %
		List<List<String>> kodit = rows(page, ".programme-yearly-costs [data-agreement=HMG-KB-WOORI-KODIT]");
		assertThat(kodit).containsExactly(words(1_000_000, 1_000_000, 0, 1_500_000),
				words(1_000_000, 500_000, 500_000, 1_500_000), words(1_000_000, 500_000, 500_000, 1_500_000),
				words(1_000_000, 200_000, 800_000, 1_000_000), words(1_000_000, 200_000, 800_000, 1_000_000));
		assertThat(page.select(".programme-yearly-costs [data-agreement=HMG-KB-WOORI-KODIT] .total-sme").text())
			.isEqualTo(Won.of(2_600_000).inWords(Locale.KOREAN));
		assertThat(page.select(".programme-yearly-costs").text()).contains("예시로 넣은 값");
	}

	private static List<String> words(long... amounts) {
		return java.util.Arrays.stream(amounts).mapToObj(won -> Won.of(won).inWords(Locale.KOREAN)).toList();
	}

	private static List<List<String>> rows(Document page, String section) {
		return page.select(section + " .yearly-costs-table tbody tr")
			.stream()
			.map(row -> List.of(row.select(".yearly-fee").text(), row.select(".yearly-funders").text()
				.replace(" (한도 적용)", ""), row.select(".yearly-sme").text(),
					row.select(".yearly-interest").text().replace(" (한도 적용)", "")))
			.toList();
	}

	private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private static String text(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append(' ');
		}
		return text.toString().replaceAll("\\s+", "");
	}

	private RequestPostProcessor sme(ApplicationId id) {
		long organisationId = jdbc.sql("select organisation_id from guarantee_application where id = :id")
			.param("id", id.value())
			.query(Long.class)
			.single();
		String number = jdbc.sql("select business_number from guarantee_application where id = :id")
			.param("id", id.value())
			.query(String.class)
			.single();
		return user(new SignedInUser(organisationId, "owner-" + number + "@example.kr", "", "대표자",
				Role.SME_APPLICANT, new OrganisationRef(organisationId, OrganisationKind.SME, number,
						new LocalizedName("시험기업 " + number, "Test company " + number)),
				true));
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
