package kr.sangsaeng.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.RecommendationView;
import kr.sangsaeng.company.Recommendations;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ContributionKind;
import kr.sangsaeng.program.Contributions;
import kr.sangsaeng.program.Institutions;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * POSCO's own dashboard: its contributions and what they back, its suppliers' applications by status, the won
 * approved this month, and the SMEs it recommended that have not applied; Hyundai Motor sees none of it.
 */
@SangsaengTest
@WithUserDetails("posco.funder")
class FunderDashboardPagesTests {

	private static final FunderCode POSCO = new FunderCode("POSCO");

	private static final FunderCode HYUNDAI = new FunderCode("HYUNDAI");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Institutions institutions;

	@Autowired
	FunderDashboard dashboard;

	@Autowired
	Recommendations recommendations;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	Accounts accounts;

	@Autowired
	Contributions contributions;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	UserDetailsService users;

	@Autowired
	ContributionStatements statements;

	@Test
	void theFunderSeesItsOwnSuppliersContributionsAndTheSmesToRemind() throws Exception {
		FunderView before = dashboard.of(POSCO);
		FunderView hyundaiBefore = dashboard.of(HYUNDAI);
		Agreement agreement = recommendations.agreementsOf(POSCO)
			.stream()
			.filter(found -> found.code().value().startsWith("POSCO-IBK-KSURE"))
			.findFirst()
			.orElseThrow();
		LocalDate today = recommendations.today();

		Applicant approvedSme = partner();
		recommend(approvedSme, agreement, Won.of(300_000_000), today.plusDays(30));
		ApplicationId approved = TestSmes.submitted(applications, approvedSme);
		decisions.approve(accounts.account("ksure.reviewer").orElseThrow(), approved,
				TestSmes.version(applications, approved),
				new ApprovalTerms(Won.of(200_000_000), Percentage.of("85"), Percentage.of("1"), null),
				"운전자금 소요에 맞춰 2억 원으로 줄여 승인합니다.", "승인");
		Applicant pendingSme = partner();
		ApplicationId pending = TestSmes.submitted(applications, pendingSme);
		ApplicationStatus pendingStatus = ApplicationStatus.valueOf(jdbc
			.sql("select status from guarantee_application where id = :id")
			.param("id", pending.value())
			.query(String.class)
			.single());
		Applicant waitingSme = partner();
		RecommendationView waiting = recommend(waitingSme, agreement, Won.of(120_000_000), today.plusDays(40));
		contributions.record(agreement.code(), "POSCO", ContributionKind.FEE_SUPPORT, Won.of(123_450_000), today, null,
				"admin");

		Document page = page(get("/funder/dashboard"));

		Element approvedRow = page.selectFirst(".funder-applications tr[data-status=APPROVED]");
		assertThat(approvedRow.selectFirst("th").text()).isEqualTo("승인 (보증서 발급)");
		assertThat(approvedRow.select("td").eachText()).containsExactly(
				Long.toString(count(before, ApplicationStatus.APPROVED).applications() + 1),
				words(count(before, ApplicationStatus.APPROVED).requested().plus(Won.of(300_000_000))),
				words(count(before, ApplicationStatus.APPROVED).approved().plus(Won.of(200_000_000))));
		assertThat(page.selectFirst(".funder-applications tr[data-status=" + pendingStatus + "] td").text())
			.isEqualTo(Long.toString(count(before, pendingStatus).applications() + 1));
		assertThat(page.selectFirst(".funder-applications tfoot td").text())
			.isEqualTo(Long.toString(before.total().applications() + 2));

		Element thisMonth = page.select(".funder-pace tbody tr").last();
		assertThat(page.select(".funder-pace tbody tr")).hasSize(FunderDashboard.PACE_MONTHS);
		assertThat(thisMonth.selectFirst("th").text())
			.isEqualTo(today.getYear() + "년 " + today.getMonthValue() + "월");
		assertThat(thisMonth.selectFirst("td").text())
			.isEqualTo(words(before.pace().get(FunderDashboard.PACE_MONTHS - 1).approved().plus(Won.of(200_000_000))));

		JsonNode chart = JsonMapper.builder().build().readTree(page.selectFirst("#dashboard-chart-data").data());
		assertThat(page.selectFirst("canvas#pace-chart").attr("aria-label")).contains("월별 보증 승인액과 은행 집행액");
		assertThat(chart.at("/pace/labels/" + (FunderDashboard.PACE_MONTHS - 1)).asString())
			.isEqualTo(thisMonth.selectFirst("th").text());
		assertThat(chart.at("/pace/series/0/label").asString()).isEqualTo("보증 승인액");
		Won approvedThisMonth = before.pace().get(FunderDashboard.PACE_MONTHS - 1).approved().plus(Won.of(200_000_000));
		assertThat(chart.at("/pace/series/0/values/" + (FunderDashboard.PACE_MONTHS - 1)).asLong())
			.isEqualTo(approvedThisMonth.value());
		assertThat(chart.at("/pace/series/0/words/" + (FunderDashboard.PACE_MONTHS - 1)).asString())
			.isEqualTo(words(approvedThisMonth));
		assertThat(chart.at("/unit/label").asString()).isEqualTo("억 원");

		assertThat(page.selectFirst("#waiting-" + waiting.id()).select("th, td").eachText())
			.containsExactly(waitingSme.companyName(), agreement.code().value(), "1억 2,000만 원",
					waiting.validUntil().toString());
		assertThat(page.select(".funder-waiting").text()).doesNotContain(approvedSme.companyName());

		assertThat(page.select(".funder-contributions tbody tr")
			.stream()
			.map(row -> row.select("td").eachText())
			.toList()).contains(List.of(agreement.code().value(), "보증료 지원금", "1억 2,345만 원",
					today.toString()));
		Element backing = page.selectFirst(".funder-backing tr[data-agreement=" + agreement.code().value() + "]");
		assertThat(backing.selectFirst("th[scope=row]").attr("translate")).isEqualTo("no");
		assertThat(page.select(".funder-backing thead th").eachText()).containsExactly("협약", "우리 출연액", "총 한도",
				"사용 중인 한도", "대출 실행액");
		assertThat(thisMonth.attr("data-month")).isEqualTo(YearMonth.from(today).toString());
		assertThat(backing.select("td").get(1).text())
			.isEqualTo(words(ledger.position(agreement.code()).capacity()));

		Document hyundai = page(get("/funder/dashboard").with(user(users.loadUserByUsername("hyundai.funder"))));
		assertThat(hyundai.text()).doesNotContain(waitingSme.companyName(), "1억 2,345만 원");
		assertThat(dashboard.of(HYUNDAI)).isEqualTo(hyundaiBefore);
	}

	@Test
	void theYearsStatementListsOnlyTheFundersOwnContributionsWithTheTotalsAndTheTaxNote() throws Exception {
		int year = 2019;
		Agreement agreement = poscoAgreement();
		ContributionStatement before = statements.of(POSCO, year);
		ContributionStatement hyundaiBefore = statements.of(HYUNDAI, year);
		contributions.record(agreement.code(), "POSCO", ContributionKind.FEE_SUPPORT, Won.of(123_450_000),
				LocalDate.of(year, 3, 14), null, "admin");
		contributions.record(agreement.code(), "POSCO", ContributionKind.INTEREST_SUBSIDY, Won.of(7_000_000),
				LocalDate.of(year, 11, 2), null, "admin");

		Document dashboardPage = page(get("/funder/dashboard"));
		assertThat(dashboardPage.select(".funder-statement select[name=year] option").eachAttr("value"))
			.contains(Integer.toString(year));

		MockHttpServletResponse pdf = mvc.perform(get("/funder/contributions/statement.pdf").param("year", "2019"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		String text = pdfText(pdf.getContentAsByteArray());
		assertThat(text).contains("사업자등록번호", "905-81-10288");
		assertThat(text).contains("포스코 2019년 출연금 납입 확인서", "출연기관", "포스코 (POSCO)", "발급일",
				recommendations.today().toString(), agreement.code().value(), "보증료 지원금", "은행 이차보전 예치금",
				"123,450,000원", "7,000,000원", "2019-03-14", "2019-11-02", "세액공제", "세무 자문이 아닙니다");
		assertThat(text).containsPattern("보증료 지원금 합계\\s*" + before.totalsByKind()
			.getOrDefault(ContributionKind.FEE_SUPPORT, Won.ZERO)
			.plus(Won.of(123_450_000))
			.inFigures(Locale.KOREAN))
			.containsPattern("출연금 총액\\s*" + before.total().plus(Won.of(130_450_000)).inFigures(Locale.KOREAN));

		MockHttpServletResponse xlsx = mvc
			.perform(get("/funder/contributions/statement.xlsx").param("year", "2019").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(xlsx.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Contribution statement of POSCO, 2019");
			List<List<Object>> rows = rows(sheet);
			assertThat(rows).contains(List.of("Agreement", "Programme", "Guarantee agency", "Kind", "Amount",
					"Received on", "Multiple"), List.of("Business registration number: 905-81-10288"));
			List<Object> feeSupport = rows.stream()
				.filter(row -> row.contains(LocalDate.of(year, 3, 14)))
				.findFirst()
				.orElseThrow();
			assertThat(feeSupport.get(0)).isEqualTo(agreement.code().value());
			assertThat(feeSupport.get(2)).isEqualTo(agreement.agency().name().english());
			assertThat(feeSupport.subList(3, 5)).containsExactly("Guarantee-fee support fund", 123_450_000L);
			assertThat(rows).contains(List.of("Total: Interest-subsidy deposit at the bank",
					before.totalsByKind().getOrDefault(ContributionKind.INTEREST_SUBSIDY, Won.ZERO)
						.plus(Won.of(7_000_000))
						.value()));
			assertThat(rows).contains(List.of("Total contributions", before.total().plus(Won.of(130_450_000)).value()));
			assertThat(rows.stream().map(row -> row.get(0)).toList()).anySatisfy(
					first -> assertThat(first.toString()).contains("may qualify for a corporate tax credit", "not tax advice"));
		}

		String hyundai = pdfText(mvc.perform(get("/funder/contributions/statement.pdf").param("year", "2019")
			.with(user(users.loadUserByUsername("hyundai.funder")))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray());
		assertThat(hyundai).doesNotContain("123,450,000원", "포스코");
		assertThat(statements.of(HYUNDAI, year)).isEqualTo(hyundaiBefore);
	}

	@Test
	void everyDemoFunderHasAValidBusinessNumberAndAStatementWithoutOneLeavesItOut() {
		assertThat(institutions.funders()).allSatisfy(funder -> assertThat(
				institutions.funderBusinessNumber(funder.code())).as(funder.code()).isPresent());
		assertThat(statements.of(POSCO, 2019).funderBusinessNumber()).isEqualTo("905-81-10288");
		String kept = jdbc.sql("select business_number from funder where code = 'KB'").query(String.class).single();
		try {
			jdbc.sql("update funder set business_number = null where code = 'KB'").update();
			assertThat(statements.of(new FunderCode("KB"), 2019).funderBusinessNumber()).isNull();
		}
		finally {
			jdbc.sql("update funder set business_number = :number where code = 'KB'").param("number", kept).update();
		}
	}

	@Test
	void aSpecialContributionShowsItsMultipleAndAYearWithoutContributionsSaysSo() throws Exception {
		int thisYear = recommendations.today().getYear();
		String current = pdfText(mvc.perform(get("/funder/contributions/statement.pdf").param("year",
				Integer.toString(thisYear)).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray());
		if (thisYear == 2026) {
			assertThat(current).contains("POSCO-IBK-KSURE-K-SURE *", "× 12.5", "₩20,000,000,000", "2026-01-21",
					"illustrative figures");
		}
		assertThat(current).contains("may qualify for a corporate tax credit");

		String empty = pdfText(mvc.perform(get("/funder/contributions/statement.pdf").param("year", "2003"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(empty).contains("2003년에 납입된 포스코의 출연금이 없습니다", "세액공제").doesNotContain("출연금 총액");
	}

	@Test
	void aStatementForNoYearOrAYearToComeIsRefusedWithTheReasonNextToTheYear() throws Exception {
		int thisYear = recommendations.today().getYear();
		for (String year : List.of("abc", "", "1999", Integer.toString(thisYear + 1), "20190")) {
			for (String format : List.of("pdf", "xlsx")) {
				Document page = Jsoup.parse(mvc.perform(get("/funder/contributions/statement." + format).param("year", year))
					.andExpect(status().isBadRequest())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
				assertThat(page.selectFirst("#statement-year").hasClass("is-invalid")).as(year).isTrue();
				assertThat(page.selectFirst("#statement-year-error").text())
					.isEqualTo("2000년부터 " + thisYear + "년 사이의 연도를 고르세요. 확인서는 올해까지의 한 해 단위로 발급됩니다.");
			}
		}
		mvc.perform(get("/funder/contributions/statement.pdf")).andExpect(status().isBadRequest());
	}

	private Agreement poscoAgreement() {
		return recommendations.agreementsOf(POSCO)
			.stream()
			.filter(found -> found.code().value().startsWith("POSCO-IBK-KSURE"))
			.findFirst()
			.orElseThrow();
	}

	private static String pdfText(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
		}
		return text.toString();
	}

	private static List<List<Object>> rows(Sheet sheet) {
		List<List<Object>> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<Object> values = new ArrayList<>();
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					values.add(cell.getStringCellValue());
				}
				else if (cell.getCellStyle().getDataFormatString().contains("yy")) {
					values.add(cell.getLocalDateTimeCellValue().toLocalDate());
				}
				else if (cell.getCellStyle().getDataFormatString().equals("#,##0")) {
					values.add((long) cell.getNumericCellValue());
				}
				else {
					values.add(cell.getNumericCellValue());
				}
			}
			rows.add(values);
		}
		return rows;
	}

	private Applicant partner() {
		Applicant sme = TestSmes.newSme(jdbc);
		TestSmes.addPartner(jdbc, "POSCO", sme.businessNumber(), 1);
		return sme;
	}

	private RecommendationView recommend(Applicant sme, Agreement agreement, Won amount, LocalDate validUntil) {
		return recommendations.recommend(POSCO, BusinessRegistrationNumber.parse(sme.businessNumber()), agreement.code(),
				PartnerTier.TIER_1, amount, validUntil, "posco.funder");
	}

	private static FunderView.StatusCount count(FunderView view, ApplicationStatus status) {
		return view.applications()
			.stream()
			.filter(count -> count.status() == status)
			.findFirst()
			.orElse(new FunderView.StatusCount(status, 0, Won.ZERO, Won.ZERO));
	}

	private static String words(Won amount) {
		return amount.inWords(Locale.KOREAN);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
