package kr.sangsaeng.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.CertificateDeliveries;
import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ContributionKind;
import kr.sangsaeng.program.Contributions;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ministry's figures that follow the money, against a programme of known figures: a 100,000,000 won special
 * contribution at 12.5×, a fee-support pot of 100,000,000 won and an interest-subsidy pot of 1,000,000,000 won, a
 * 1,000,000,000 won loan guaranteed at 80 % to an exporter in Busan (a year into its two-year guarantee, reported at
 * 500,000,000 won) and a 500,000,000 won loan guaranteed at 100 % to a company in Gyeonggi (no report yet, 200,000,000
 * won disbursed). The programme's terms: fee 1 %, half of it paid by the funders, 1.5 points of interest preference,
 * 24 months.
 */
@SangsaengTest
class MoneyFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	MoneyFigures figures;

	@Autowired
	ProgrammeCatalogue catalogue;

	@Autowired
	Contributions contributions;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	Accounts accounts;

	@Autowired
	CertificateDeliveries deliveries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Autowired
	FigureReckoning reckoning;

	DashboardFixtures fixtures;

	ProgrammeCode programme;

	AgreementCode agreement;

	ApplicationId busan;

	ApplicationId gyeonggi;

	LocalDate today;

	@BeforeEach
	void knownFigures() {
		fixtures = new DashboardFixtures(context);
		today = SeoulTime.today(clock);
		programme = fixtures.programme("돈의 흐름 시험", List.of("WOORI"), List.of("HYUNDAI"),
				Won.of(50_000_000_000L), List.of("KODIT", "KIBO"));
		agreement = new AgreementCode(programme.value() + "-KODIT");
		contributions.record(agreement, "HYUNDAI", ContributionKind.SPECIAL, Won.of(100_000_000), today,
				new BigDecimal("12.5"), "admin");
		contributions.record(agreement, "HYUNDAI", ContributionKind.FEE_SUPPORT, Won.of(100_000_000), today, null,
				"admin");
		contributions.record(agreement, "HYUNDAI", ContributionKind.INTEREST_SUBSIDY, Won.of(1_000_000_000), today,
				null, "admin");

		Applicant exporter = fixtures.sme(DashboardFixtures.Sme.in("BUSAN"));
		jdbc.sql("update company_profile set exporter = true where organisation_id = :organisation")
			.param("organisation", exporter.organisationId())
			.update();
		busan = fixtures.submitted(programme, exporter, "WOORI", Won.of(1_000_000_000));
		decisions.approve(accounts.account("kodit.reviewer").orElseThrow(), busan,
				TestSmes.version(applications, busan),
				new ApprovalTerms(Won.of(1_000_000_000), Percentage.of("80"), Percentage.of("1"), null), "승인");
		deliveries.readyToPay(busan);
		fixtures.pay("WOORI", busan, Won.of(600_000_000));
		jdbc.sql("insert into loan_monthly_report (application_id, report_month, balance_won, status, reported_by, "
				+ "channel, reported_at) values (:loan, '2026-01', 550000000, 'CURRENT', 'woori.officer', 'PAGE', now()), "
				+ "(:loan, '2026-02', 500000000, 'CURRENT', 'woori.officer', 'PAGE', now())")
			.param("loan", busan.value())
			.update();
		jdbc.sql("update guarantee set valid_from = cast(:from as date), valid_until = cast(:until as date) "
				+ "where application_id = :id")
			.param("from", today.minusDays(365))
			.param("until", today.plusDays(365))
			.param("id", busan.value())
			.update();

		gyeonggi = fixtures.submitted(programme, DashboardFixtures.Sme.in("GYEONGGI"), "WOORI", Won.of(500_000_000));
		fixtures.approve(gyeonggi, Won.of(500_000_000));
		fixtures.pay("WOORI", gyeonggi, Won.of(200_000_000));
		reckoning.reckon();
	}

	@Test
	void eachFigureFollowsTheMoneyInExactWonPerAgreementAndAddsUpPerProgramme() {
		MoneyTrail.Programme trail = programmeIn(figures.current());
		MoneyTrail.AgreementMoney kodit = trail.agreements().get(0);
		MoneyTrail.Money money = kodit.money();

		assertThat(kodit.code()).isEqualTo(agreement.value());
		assertThat(kodit.agency()).isEqualTo("KODIT");
		assertThat(money.contributed()).isEqualTo(Won.of(100_000_000));
		assertThat(money.guaranteed()).isEqualTo(Won.of(1_300_000_000));
		assertThat(money.loans()).isEqualTo(Won.of(1_500_000_000));
		assertThat(money.guaranteeMultiple()).isEqualByComparingTo("13.0");
		assertThat(money.loanMultiple()).isEqualByComparingTo("15.0");
		// the funders' half of a 1 % fee on the guarantee, for two years: 8,000,000 and 5,000,000 won
		assertThat(money.feeWaived()).isEqualTo(Won.of(13_000_000));
		// half of Busan's two years have passed, none of Gyeonggi's
		assertThat(money.feeWaivedToDate()).isEqualTo(Won.of(4_000_000));
		// 1.5 points on the loan for two years: 30,000,000 and 15,000,000 won
		assertThat(money.interestSaved()).isEqualTo(Won.of(45_000_000));
		assertThat(money.interestSavedToDate()).isEqualTo(Won.of(15_000_000));
		// 80 % of the latest reported 500,000,000 won, and all of Gyeonggi's 200,000,000 won disbursed
		assertThat(money.outstandingGuarantee()).isEqualTo(Won.of(600_000_000));
		assertThat(money.loansWithoutReport()).isEqualTo(1);
		assertThat(money.outsideCapital()).isEqualTo(Won.of(1_000_000_000));
		assertThat(money.outsideCapitalShare()).isEqualByComparingTo("66.7");
		assertThat(money.exporters()).isEqualTo(Won.of(1_000_000_000));
		assertThat(money.exporterShare()).isEqualByComparingTo("66.7");

		MoneyTrail.AgreementMoney kibo = trail.agreements().get(1);
		assertThat(kibo.agency()).isEqualTo("KIBO");
		assertThat(kibo.money()).isEqualTo(MoneyTrail.Money.NONE);
		assertThat(kibo.feeSupport().state()).isEqualTo(MoneyTrail.PotForecast.State.NOT_KEPT);
		assertThat(trail.money()).isEqualTo(money.plus(kibo.money()));
	}

	@Test
	void aPotRunsOutAtThePaceOfItsDrawsOrNotAtAll() {
		MoneyTrail.AgreementMoney kodit = programmeIn(figures.current()).agreements().get(0);
		// both drew today: 13,000,000 won a day of the 87,000,000 left is 6.7 days
		assertThat(kodit.feeSupport().remaining()).isEqualTo(Won.of(87_000_000));
		assertThat(kodit.feeSupport().perDay()).isEqualTo(Won.of(13_000_000));
		assertThat(kodit.feeSupport().runsOutOn()).isEqualTo(today.plusDays(7));
		assertThat(kodit.interestSubsidy().remaining()).isEqualTo(Won.of(955_000_000));
		assertThat(kodit.interestSubsidy().runsOutOn()).isEqualTo(today.plusDays(22));

		// Gyeonggi drew 40 days ago and Busan 9: the last 30 days saw 8,000,000 won, 266,666 won a day
		drewDaysAgo(gyeonggi, 40);
		drewDaysAgo(busan, 9);
		reckoning.reckon();
		kodit = programmeIn(figures.current()).agreements().get(0);
		assertThat(kodit.feeSupport().days()).isEqualTo(MoneyTrail.PACE_DAYS);
		assertThat(kodit.feeSupport().perDay()).isEqualTo(Won.of(266_666));
		assertThat(kodit.feeSupport().runsOutOn()).isEqualTo(today.plusDays(327));

		drewDaysAgo(busan, 31);
		reckoning.reckon();
		kodit = programmeIn(figures.current()).agreements().get(0);
		assertThat(kodit.feeSupport().state()).isEqualTo(MoneyTrail.PotForecast.State.NO_PACE);
		assertThat(kodit.feeSupport().runsOutOn()).isNull();
	}

	@Test
	void theStatisticsCarryTheFiguresPerProgrammeAndAgreementKeepingTheirOtherFields() throws Exception {
		JsonNode statistics = json.readTree(mvc.perform(get("/api/v1/statistics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(statistics.get("total").has("capacityWon")).isTrue();
		assertThat(statistics.get("programmes").get(0).has("agreements")).isTrue();
		JsonNode ours = null;
		for (JsonNode candidate : statistics.get("money").get("programmes")) {
			if (candidate.get("code").asString().equals(programme.value())) {
				ours = candidate;
			}
		}
		assertThat(ours).isNotNull();
		JsonNode kodit = ours.get("agreements").get(0);
		assertThat(kodit.get("code").asString()).isEqualTo(agreement.value());
		assertThat(kodit.get("agency").asString()).isEqualTo("KODIT");
		JsonNode figures = kodit.get("figures");
		assertThat(figures.get("contributedWon").asLong()).isEqualTo(100_000_000L);
		assertThat(figures.get("guaranteedWon").asLong()).isEqualTo(1_300_000_000L);
		assertThat(figures.get("loansWon").asLong()).isEqualTo(1_500_000_000L);
		assertThat(figures.get("loanMultiple").decimalValue()).isEqualByComparingTo("15.0");
		assertThat(figures.get("feeWaivedToDateWon").asLong()).isEqualTo(4_000_000L);
		assertThat(figures.get("feeWaivedProjectedWon").asLong()).isEqualTo(13_000_000L);
		assertThat(figures.get("interestSavedToDateWon").asLong()).isEqualTo(15_000_000L);
		assertThat(figures.get("interestSavedProjectedWon").asLong()).isEqualTo(45_000_000L);
		assertThat(figures.get("outstandingGuaranteeWon").asLong()).isEqualTo(600_000_000L);
		assertThat(figures.get("loansCountedAtDisbursed").asLong()).isEqualTo(1L);
		assertThat(figures.get("outsideCapitalSharePercent").decimalValue()).isEqualByComparingTo("66.7");
		assertThat(figures.get("exporterSharePercent").decimalValue()).isEqualByComparingTo("66.7");
		assertThat(kodit.get("feeSupportPot").get("state").asString()).isEqualTo("FORECAST");
		assertThat(kodit.get("feeSupportPot").get("runsOutOn").asString()).isEqualTo(today.plusDays(7).toString());
		assertThat(ours.get("agreements").get(1).get("feeSupportPot").get("state").asString()).isEqualTo("NOT_KEPT");
		assertThat(ours.get("figures").get("outstandingGuaranteeWon").asLong()).isEqualTo(600_000_000L);
		assertThat(statistics.get("money").get("total").get("loansWon").asLong()).isGreaterThanOrEqualTo(1_500_000_000L);
	}

	@Test
	void theOverviewShowsTheFiguresInKoreanAndEnglishAndTheDownloadsHoldThemPerAgreement() throws Exception {
		Document korean = page("ko");
		assertThat(korean.select("#money-heading").text()).isEqualTo("돈의 흐름");
		Element leverage = rowOf(korean, "money-leverage");
		assertThat(leverage.child(1).text()).isEqualTo(agreement.value());
		assertThat(leverage.child(2).text()).isEqualTo("신용보증기금");
		assertThat(leverage.child(3).text()).isEqualTo("1억 원");
		assertThat(leverage.child(5).text()).isEqualTo("15억 원");
		assertThat(leverage.child(7).text()).isEqualTo("15배");
		Element benefits = rowOf(korean, "money-benefits");
		assertThat(benefits.child(2).text()).isEqualTo("400만 원");
		assertThat(benefits.child(5).text()).isEqualTo("4,500만 원");
		Element reach = rowOf(korean, "money-reach");
		assertThat(reach.child(2).text()).isEqualTo("6억 원");
		assertThat(reach.child(5).text()).isEqualTo("66.7%");
		Element pots = rowOf(korean, "money-pots");
		assertThat(pots.child(3).text()).isEqualTo(today.plusDays(7).toString());
		assertThat(korean.select(".money-help").text()).contains("수도권(서울·경기·인천)", "실행액으로 계산합니다");
		String reckonedAt = new SeoulTime().format(reckoning.reckonedAt().orElseThrow());
		assertThat(korean.select("#money-heading ~ .dashboard-reckoned").text())
			.isEqualTo("이 수치는 " + reckonedAt + " 기준입니다(한국 시간). 2분마다 다시 집계합니다.");

		Document english = page("en");
		assertThat(english.select("#money-heading").text()).isEqualTo("Following the money");
		assertThat(english.select("#money-heading ~ .dashboard-reckoned").text()).startsWith("These figures as of");
		Element inEnglish = rowOf(english, "money-benefits");
		assertThat(inEnglish.child(3).text()).isEqualTo(Won.of(13_000_000).inWords(Locale.ENGLISH));
		assertThat(rowOf(english, "money-leverage").child(2).text()).isEqualTo("Korea Credit Guarantee Fund");
		assertThat(english.select(".money-help").text()).contains("does not run out at the current pace");
		assertThat(english.select("[data-figure=outstanding]").text()).contains("counted at their disbursed amount");

		List<CSVRecord> csv = csv(mvc.perform(get("/dashboard/export/money.csv").param("lang", "en").with(as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		CSVRecord header = csv.stream().filter(row -> row.size() > 4 && row.get(2).equals("Agreement")).findFirst()
			.orElseThrow();
		assertThat(header.toList()).startsWith("Programme", "Code", "Agreement", "Guarantee agency",
				"Special contributions", "Guarantees issued", "Loans guaranteed");
		CSVRecord row = csv.stream().filter(record -> record.size() > 4 && record.get(2).equals(agreement.value()))
			.findFirst()
			.orElseThrow();
		assertThat(row.get(1)).isEqualTo(programme.value());
		assertThat(row.get(4)).isEqualTo("100000000");
		assertThat(row.get(10)).isEqualTo("13000000");
		assertThat(row.get(13)).isEqualTo("600000000");
		assertThat(row.get(20)).isEqualTo(today.plusDays(7).toString());
		assertThat(csv.stream().filter(record -> record.size() > 2 && record.get(1).equals(programme.value())))
			.extracting(record -> record.get(3))
			.containsExactly("Korea Credit Guarantee Fund", "Korea Technology Finance Corporation");

		byte[] xlsx = mvc.perform(get("/dashboard/export/money.xlsx").with(as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row ours = null;
			for (Row candidate : sheet) {
				if (candidate.getCell(2) != null && candidate.getCell(2).getCellType() == CellType.STRING
						&& agreement.value().equals(candidate.getCell(2).getStringCellValue())) {
					ours = candidate;
				}
			}
			assertThat(ours).isNotNull();
			assertThat(ours.getCell(3).getStringCellValue()).isEqualTo("신용보증기금");
			assertThat(ours.getCell(13).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(ours.getCell(13).getNumericCellValue()).isEqualTo(600_000_000d);
		}
	}

	@Test
	void eachAgreementsCapacityDownloadsWithItsCodeAndAgencyAndAddsUpToItsProgramme() throws Exception {
		List<CSVRecord> csv = csv(mvc.perform(get("/dashboard/export/agreements.csv").param("lang", "en")
			.with(as("ministry"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		List<CSVRecord> ours = csv.stream()
			.filter(record -> record.size() > 2 && record.get(1).equals(programme.value()))
			.toList();
		assertThat(ours).extracting(record -> record.get(2))
			.containsExactly(agreement.value(), programme.value() + "-KIBO");
		assertThat(ours).extracting(record -> record.get(3))
			.containsExactly("Korea Credit Guarantee Fund", "Korea Technology Finance Corporation");
		long capacity = ours.stream().mapToLong(record -> Long.parseLong(record.get(5))).sum();
		long committed = ours.stream().mapToLong(record -> Long.parseLong(record.get(7))).sum();
		var summary = catalogue.published().stream()
			.filter(candidate -> candidate.code().equals(programme))
			.findFirst()
			.orElseThrow();
		assertThat(capacity).isEqualTo(summary.capacity().value());
		assertThat(committed).isEqualTo(summary.committed().value()).isEqualTo(1_500_000_000L);

		Document page = page("ko");
		assertThat(rowOf(page, "agreements").child(4).text()).isEqualTo("1,000억 원");
	}

	@Test
	void agencyStaffSeeOnlyTheirAgencysProgrammesFigures() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/dashboard").with(as("ksure.reviewer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("table[data-table=money-leverage] tbody tr").eachText())
			.noneMatch(text -> text.contains(agreement.value()));
	}

	private MoneyTrail.Programme programmeIn(MoneyTrail trail) {
		return trail.programmes().stream().filter(candidate -> candidate.code().equals(programme.value()))
			.findFirst()
			.orElseThrow();
	}

	private void drewDaysAgo(ApplicationId id, int days) {
		jdbc.sql("update pot_draw set drawn_at = now() - make_interval(days => :days) where application_id = :id")
			.param("days", days)
			.param("id", id.value())
			.update();
	}

	private Document page(String language) throws Exception {
		return Jsoup.parse(mvc.perform(get("/dashboard").param("lang", language).with(as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private Element rowOf(Document page, String table) {
		return page.select("table[data-table=" + table + "] tbody tr").stream()
			.filter(row -> row.child(1).text().equals(agreement.value()))
			.findFirst()
			.orElseThrow();
	}

	private static List<CSVRecord> csv(byte[] bytes) throws IOException {
		String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
		return new ArrayList<>(CSVFormat.DEFAULT.builder().get().parse(new StringReader(text)).getRecords());
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
