package kr.sangsaeng.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every dashboard table downloads as CSV and as an Excel workbook holding the figures the page shows.
 */
@SangsaengTest
class DashboardExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ApplicationContext context;

	@Test
	void aBreakdownDownloadsAsCsvAndExcelWithTheFiguresOfThePage() throws Exception {
		DashboardFixtures fixtures = new DashboardFixtures(context);
		ProgrammeCode programme = fixtures.programme("내보내기 시험 프로그램", List.of("WOORI"), List.of("HYUNDAI"));
		ApplicationId paid = fixtures.submitted(programme, DashboardFixtures.Sme.in("GWANGJU"), "WOORI",
				Won.of(1_234_567_000L));
		fixtures.approve(paid, Won.of(1_234_567_000L));
		fixtures.pay("WOORI", paid, Won.of(234_567_000L));
		fixtures.submitted(programme, DashboardFixtures.Sme.in("SEJONG"), "WOORI", Won.of(100_000_000L));
		String query = "?by=region&programme=" + programme.value();

		for (String language : List.of("ko", "en")) {
			Document page = Jsoup.parse(mvc.perform(get("/dashboard/breakdowns" + query).param("lang", language)
				.with(as("ministry"))).andReturn().getResponse().getContentAsString());
			List<List<String>> shown = shownValues(page, "breakdown-region");
			List<String> headers = page.select("table[data-table=breakdown-region] thead th").eachText();

			MockHttpServletResponse csv = mvc
				.perform(get("/dashboard/export/breakdown.csv" + query).param("lang", language).with(as("ministry")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			assertThat(csv.getContentType()).startsWith("text/csv");
			assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment").contains(".csv");
			byte[] bytes = csv.getContentAsByteArray();
			assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
			List<CSVRecord> titled = csv(bytes);
			assertThat(titled.get(1).get(0)).as("the programme of the download").contains(programme.value());
			List<CSVRecord> records = tableOf(titled);
			assertThat(records.get(0).toList()).isEqualTo(headers);
			assertThat(records.subList(1, records.size()).stream().map(CSVRecord::toList).toList()).isEqualTo(shown);

			MockHttpServletResponse xlsx = mvc
				.perform(get("/dashboard/export/breakdown.xlsx" + query).param("lang", language).with(as("ministry")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			assertThat(xlsx.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
				Sheet sheet = workbook.getSheetAt(0);
				assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains(programme.value());
				Row header = sheet.getRow(5);
				List<String> sheetHeaders = new ArrayList<>();
				header.forEach(cell -> {
					sheetHeaders.add(cell.getStringCellValue());
					assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
				});
				assertThat(sheetHeaders).isEqualTo(headers);
				assertThat(sheetValues(sheet, 5, headers.size())).isEqualTo(shown);
				assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getDefaultColumnWidth() * 256);
			}
		}

		Document english = Jsoup.parse(mvc.perform(get("/dashboard/breakdowns" + query).param("lang", "en")
			.with(as("ministry"))).andReturn().getResponse().getContentAsString());
		Element gwangju = english.select("table[data-table=breakdown-region] tbody tr").stream()
			.filter(row -> row.child(0).text().equals("Gwangju"))
			.findFirst()
			.orElseThrow();
		assertThat(gwangju.child(4).attr("data-value")).isEqualTo("1234567000");
		assertThat(gwangju.child(4).text()).isEqualTo(Won.of(1_234_567_000L).inWords(Locale.ENGLISH));
		assertThat(gwangju.child(5).attr("data-value")).isEqualTo("234567000");
	}

	@Test
	void wonAreWholeNumbersAndCountsNumericCellsInTheWorkbook() throws Exception {
		MockHttpServletResponse xlsx = mvc.perform(get("/dashboard/export/programmes.xlsx").with(as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row hmg = null;
			for (Row row : sheet) {
				if (row.getCell(1) != null && "HMG-KB-WOORI".equals(row.getCell(1).getStringCellValue())) {
					hmg = row;
				}
			}
			assertThat(hmg).isNotNull();
			Cell capacity = hmg.getCell(2);
			assertThat(capacity.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(capacity.getNumericCellValue()).isGreaterThanOrEqualTo(1_300_000_000_000d);
			assertThat(capacity.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(hmg.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
			Row total = sheet.getRow(sheet.getLastRowNum());
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("합계");
		}
	}

	@Test
	void theOverviewTablesDownloadWithTheFiguresOfThePage() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/dashboard").param("lang", "ko").with(as("ministry")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<CSVRecord> programmes = csv(mvc.perform(get("/dashboard/export/programmes.csv").with(as("ministry")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(programmes.get(0).toList()).startsWith("프로그램", "코드", "총 한도", "사용 중인 한도", "대출 실행액", "잔여 한도");
		CSVRecord hmg = programmes.stream().filter(row -> row.get(1).equals("HMG-KB-WOORI")).findFirst().orElseThrow();
		Element row = page.selectFirst("tr[data-programme=HMG-KB-WOORI]");
		for (int column = 2; column <= 5; column++) {
			assertThat(row.child(column - 1).text()).isEqualTo(Won.of(Long.parseLong(hmg.get(column))).inWords(Locale.KOREAN));
		}
		assertThat(page.selectFirst("table.programme-pace tr[data-programme=HMG-KB-WOORI]").child(1).text())
			.isEqualTo(hmg.get(7));

		List<CSVRecord> statuses = csv(mvc.perform(get("/dashboard/export/statuses.csv").param("lang", "en")
			.with(as("ministry"))).andReturn().getResponse().getContentAsByteArray());
		assertThat(statuses.get(0).get(0)).isEqualTo("Status");
		assertThat(statuses.get(statuses.size() - 1).get(0)).isEqualTo("Applications");
		List<CSVRecord> weeks = csv(mvc.perform(get("/dashboard/export/weeks.csv").with(as("ministry")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(weeks).hasSize(UtilisationOverview.WEEKS + 1);
		byte[] capacity = mvc.perform(get("/dashboard/export/capacity.xlsx").param("lang", "en").with(as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(capacity))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Paid out");
		}
	}

	@Test
	void theSupplyChainReachDownloadsWithTheFiguresOfThePageFunderByFunderAndTier() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/dashboard").param("lang", "en").with(as("ministry")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		MockHttpServletResponse response = mvc.perform(get("/dashboard/export/reach.csv").param("lang", "en")
			.with(as("ministry"))).andExpect(status().isOk()).andReturn().getResponse();
		List<CSVRecord> records = csv(response.getContentAsByteArray());

		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(records.get(0).toList()).containsExactly("Funder", "Code", "Tier", "Applications", "Requested",
				"Approvals", "Approved");
		int funders = page.select("table.supply-chain-reach tbody[data-funder]").size();
		assertThat(records).hasSize(1 + 3 * funders + 1);
		CSVRecord hyundai = records.stream()
			.filter(row -> row.get(1).equals("HYUNDAI") && row.get(2).equals("Tier 1"))
			.findFirst()
			.orElseThrow();
		Element shown = page.selectFirst("table.supply-chain-reach tbody[data-funder=HYUNDAI] tr[data-tier=1]");
		assertThat(shown.child(2).text()).isEqualTo(hyundai.get(3));
		assertThat(shown.child(3).text()).isEqualTo(Won.of(Long.parseLong(hyundai.get(4))).inWords(Locale.ENGLISH));
		CSVRecord total = records.get(records.size() - 1);
		assertThat(total.get(0)).isEqualTo("Total");
		assertThat(Long.parseLong(total.get(3))).isEqualTo(records.subList(1, records.size() - 1)
			.stream()
			.mapToLong(row -> Long.parseLong(row.get(3)))
			.sum());
		byte[] xlsx = mvc.perform(get("/dashboard/export/reach.xlsx").param("lang", "ko").with(as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("출연기관");
		}
	}

	@Test
	void theClaimFiguresDownloadPerAgreementWithTheirProgrammeAndAgency() throws Exception {
		List<CSVRecord> records = csv(mvc.perform(get("/dashboard/export/claims.csv").param("lang", "en")
			.with(as("ministry"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());

		assertThat(records.get(0).toList()).startsWith("Programme", "Code", "Agreement", "Guarantee agency");
		assertThat(records.subList(1, records.size())).anySatisfy(row -> {
			assertThat(row.get(2)).isEqualTo(row.get(1) + "-KODIT");
			assertThat(row.get(3)).isNotBlank();
			assertThat(Long.parseLong(row.get(7))).isPositive();
		});
	}

	@Test
	void theIndexDownloadsWithItsRanksAndScores() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/dashboard/index").param("lang", "en").with(as("ministry")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		// the page shows the ranking with the scores, then per bank the figures behind them; the download joins both
		List<List<String>> scores = shownValues(page, "index");
		List<List<String>> figures = shownValues(page, "index-figures");
		assertThat(figures).hasSameSizeAs(scores);
		List<List<String>> shown = new ArrayList<>();
		for (int row = 0; row < scores.size(); row++) {
			assertThat(figures.get(row).get(0)).as("the bank of row %d", row).isEqualTo(scores.get(row).get(1));
			List<String> joined = new ArrayList<>(scores.get(row));
			joined.addAll(figures.get(row).subList(1, figures.get(row).size()));
			shown.add(joined);
		}
		List<CSVRecord> records = tableOf(csv(mvc.perform(get("/dashboard/export/index.csv").param("lang", "en")
			.with(as("ministry"))).andReturn().getResponse().getContentAsByteArray()));
		assertThat(records.get(0).toList()).startsWith("Rank", "Lending bank", "Score", "Disbursement", "Speed", "Reach",
				"Lower tiers");
		assertThat(page.select("table[data-table=index-figures] thead th").eachText()).startsWith("Lending bank",
				"Guaranteed loans");
		assertThat(records.subList(1, records.size()).stream().map(CSVRecord::toList).toList()).isEqualTo(shown);
		assertThat(records.get(1).get(0)).isEqualTo("1");
	}

	@Test
	void aFilteredDownloadNamesItsProgrammeAndPeriodInItsNameAndOnTop() throws Exception {
		String query = "?programme=HMG-KB-WOORI&by=tier&from=2026-03&to=2026-05";
		MockHttpServletResponse xlsx = mvc.perform(get("/dashboard/export/breakdown.xlsx" + query).param("lang", "ko")
			.with(as("ministry"))).andExpect(status().isOk()).andReturn().getResponse();
		String disposition = xlsx.getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment; filename=\"sangsaeng-breakdown-tier-HMG-KB-WOORI-2026-03-2026-05-")
			.contains("; filename*=UTF-8''");
		String name = java.net.URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7),
				StandardCharsets.UTF_8);
		assertThat(name).startsWith("상생금융_협력사 차수별 현황_현대차·기아·우리·KB 상생금융").contains("_2026-03~2026-05_")
			.endsWith(".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(List.of(sheet.getRow(0).getCell(0).getStringCellValue(),
					sheet.getRow(1).getCell(0).getStringCellValue(), sheet.getRow(2).getCell(0).getStringCellValue()))
				.containsExactly("협력사 차수별 현황", "프로그램: 현대차·기아·우리·KB 상생금융 (확대) (HMG-KB-WOORI)",
						"기간: 2026-03~2026-05");
			assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("협력사 차수");
		}

		MockHttpServletResponse csv = mvc.perform(get("/dashboard/export/breakdown.csv?by=region&from=2026-04")
			.param("lang", "en")
			.with(as("ministry"))).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(csv.getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"sangsaeng-breakdown-region-all-2026-04-now-");
		List<CSVRecord> records = csv(csv.getContentAsByteArray());
		assertThat(records.subList(0, 3).stream().map(record -> record.get(0)).toList())
			.containsExactly("By region", "Programme: All programmes", "Period: from 2026-04");
		assertThat(tableOf(records).get(0).get(0)).isEqualTo("Region");
	}

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsNeutralised() throws Exception {
		DashboardFixtures fixtures = new DashboardFixtures(context);
		fixtures.programme("=HYPERLINK(\"http://example.com\",\"시험\")", List.of("WOORI"), List.of("HYUNDAI"));

		String csv = new String(mvc.perform(get("/dashboard/export/programmes.csv").with(as("admin")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);

		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"시험\"\")\"")
			.doesNotContain(",\"=HYPERLINK");
	}

	private static List<List<String>> shownValues(Document page, String table) {
		List<List<String>> rows = new ArrayList<>();
		for (Element row : page.select("table[data-table=" + table + "] tbody tr, table[data-table=" + table
				+ "] tfoot tr")) {
			rows.add(row.children().eachAttr("data-value").isEmpty() ? List.of()
					: row.children().stream().map(cell -> cell.attr("data-value")).toList());
		}
		return rows;
	}

	private static List<List<String>> sheetValues(Sheet sheet, int columns) {
		return sheetValues(sheet, 0, columns);
	}

	private static List<List<String>> sheetValues(Sheet sheet, int headerAt, int columns) {
		List<List<String>> rows = new ArrayList<>();
		for (int r = headerAt + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<String> values = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				Cell cell = row.getCell(c);
				if (cell == null) {
					values.add("");
				}
				else if (cell.getCellType() == CellType.NUMERIC) {
					double number = cell.getNumericCellValue();
					values.add(number == Math.rint(number) && !cell.getCellStyle().getDataFormatString().equals("0.0")
							? String.valueOf((long) number) : java.math.BigDecimal.valueOf(number).setScale(1).toPlainString());
				}
				else {
					values.add(cell.getStringCellValue());
				}
			}
			rows.add(values);
		}
		return rows;
	}

	/**
	 * The table of a download with title rows: the records after the empty one that ends the title.
	 */
	private static List<CSVRecord> tableOf(List<CSVRecord> records) {
		for (int i = 0; i < records.size(); i++) {
			if (records.get(i).size() == 1 && records.get(i).get(0).isEmpty()) {
				return records.subList(i + 1, records.size());
			}
		}
		throw new AssertionError("no title rows");
	}

	private static List<CSVRecord> csv(byte[] bytes) throws IOException {
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
