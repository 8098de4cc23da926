package kr.sangsaeng.review;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.TestSmes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class ReviewQueuePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aKoditReviewerSeesOnlyTheProgrammesKoditGuarantees() throws Exception {
		mvc.perform(get("/review").with(as("kodit.reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("심사 대기 목록"), containsString("현대차·기아·우리·KB 상생금융"),
					not(containsString("철강 수출 공급망 우대 자금")))));
		mvc.perform(get("/review").param("programme", "POSCO-IBK-KSURE").with(as("kodit.reviewer")))
			.andExpect(content().string(not(containsString("철강 수출 공급망 우대 자금"))));
	}

	@Test
	void anApproverSeesOnlyTheProgrammesOfItsAgencysAgreements() throws Exception {
		// K-SURE carries the steel programme and an agreement of HMG-KB-WOORI; KIBO only an agreement of HMG-KB-WOORI
		mvc.perform(get("/review").param("lang", "en").with(as("ksure.approver")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Review queue"),
					containsString("Steel export supply-chain preferential funding"),
					containsString("Hyundai·Kia·Woori·KB"))));
		mvc.perform(get("/review").param("lang", "en").with(as("kibo.approver")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Review queue"), containsString("Hyundai·Kia·Woori·KB"),
					not(containsString("Steel export supply-chain preferential funding")))));
	}

	@Test
	void reviewersFindAnApplicationByBusinessNumberOrName() throws Exception {
		mvc.perform(get("/review").param("q", "314-86").with(as("kodit.reviewer")))
			.andExpect(content().string(allOf(containsString("(주)한빛오토텍"), containsString("314-86-05193"))));
		mvc.perform(get("/review").param("q", "한빛오토").param("status", "INFO_REQUESTED").with(as("kodit.reviewer")))
			.andExpect(content().string(containsString("(주)한빛오토텍")));
		mvc.perform(get("/review").param("q", "한빛오토").param("status", "REJECTED").with(as("kodit.reviewer")))
			.andExpect(content().string(allOf(not(containsString("(주)한빛오토텍")),
					containsString("조건에 맞는 신청이 없습니다."))));
	}

	@Test
	void oddFilterValuesAreIgnoredRatherThanFailing() throws Exception {
		mvc.perform(get("/review").param("status", "NONSENSE")
			.param("page", "-3")
			.param("q", "%_\\' or 1=1 --")
			.with(as("kodit.reviewer"))).andExpect(status().isOk());
		mvc.perform(get("/review").param("q", "가".repeat(5000)).with(as("kodit.reviewer"))).andExpect(status().isOk());
	}

	@Test
	void controlCharactersInTheSearchAreReadAsSpacesSoThatANulByteFindsRatherThanFails() throws Exception {
		mvc.perform(get("/review").param("q", "한빛\u0000오토").with(as("kodit.reviewer")))
			.andExpect(status().isOk());
		mvc.perform(get("/review").param("q", "314-86\u0000").with(as("kodit.reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("(주)한빛오토텍")));
	}

	@Test
	void aReviewerReadsAnApplicationOfTheirAgencyWithItsDocumentsAndTheCompanysExposure() throws Exception {
		long id = jdbc.sql("select id from guarantee_application where business_number = '3148605193' "
				+ "and programme_code = 'HMG-KB-WOORI' and status = 'INFO_REQUESTED'")
			.query(Long.class)
			.single();
		long document = jdbc.sql("select min(id) from application_document where application_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();

		mvc.perform(get("/review/" + id).with(as("kodit.reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("(주)한빛오토텍"), containsString("사업계획서.pdf"),
					containsString("보유·신청 금액: 이 프로그램 8억 원, 전체 프로그램 13억 원."),
					containsString("현대자동차와 맺은 2027년 납품 계약서"))));
		mvc.perform(get("/review/" + id + "/documents/" + document).with(as("kodit.approver")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("inline")));

		mvc.perform(get("/review/" + id).with(as("ksure.reviewer"))).andExpect(status().isNotFound());
		mvc.perform(get("/review/" + id + "/documents/" + document).with(as("ksure.approver")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/review/not-a-number").with(as("kodit.reviewer"))).andExpect(status().isNotFound());
		mvc.perform(get("/review/" + id).with(as("sme.demo"))).andExpect(status().isForbidden());
	}

	@Test
	void eachFilterNarrowsTheQueue() throws Exception {
		String token = token();
		Instant lateOnTheTenth = Instant.parse("2026-02-10T14:30:00Z");
		Instant earlyOnTheEleventh = Instant.parse("2026-02-10T15:30:00Z");
		String small = add(row(token, "소액").amount(100_000_000L).region("SEOUL").industry("C").submittedAt(lateOnTheTenth)
			.assignee("kodit.reviewer"));
		String middle = add(row(token, "중간").amount(300_000_000L).region("JEJU").industry("G").status("UNDER_REVIEW")
			.submittedAt(earlyOnTheEleventh).assignee("kodit.approver"));
		String large = add(row(token, "고액").amount(600_000_000L).region("BUSAN").industry("J").status("APPROVED")
			.submittedAt(Instant.parse("2026-01-05T01:00:00Z")));
		String export = add(row(token, "수출").programme("POSCO-IBK-KSURE").amount(250_000_000L).region("JEJU"));

		assertThat(companies(queue("kodit.reviewer", "q", token)))
			.as("by default the queue shows what awaits a decision, not what was approved")
			.containsExactly(small, middle);
		Document byDefault = queue("kodit.reviewer", "q", token);
		assertThat(byDefault.selectFirst("select#status option[selected]").text()).isEqualTo("결정 전 신청");
		assertThat(queue("kodit.reviewer", "q", token, "status", "ALL").selectFirst("select#status option[selected]")
			.text()).isEqualTo("전체 상태");
		assertThat(companies(queue("kodit.reviewer", "q", token, "status", "ALL"))).containsExactly(small, middle, large);
		assertThat(companies(queue("kodit.reviewer", "q", token, "status", "APPROVED"))).containsExactly(large);
		assertThat(companies(queue("kodit.reviewer", "q", token, "min", "2억", "max", "500,000,000")))
			.containsExactly(middle);
		assertThat(companies(queue("kodit.reviewer", "q", token, "min", "300000000", "status", "ALL")))
			.containsExactly(middle, large);
		assertThat(companies(queue("kodit.reviewer", "q", token, "region", "JEJU"))).containsExactly(middle);
		assertThat(companies(queue("kodit.reviewer", "q", token, "industry", "C"))).containsExactly(small);
		assertThat(companies(queue("kodit.reviewer", "q", token, "from", "2026-02-01", "to", "2026-02-10")))
			.as("the tenth ends at midnight in Seoul")
			.containsExactly(small);
		assertThat(companies(queue("kodit.reviewer", "q", token, "from", "2026-02-11"))).containsExactly(middle);
		assertThat(companies(queue("kodit.reviewer", "q", token, "to", "2026-01-31", "status", "ALL")))
			.containsExactly(large);
		assertThat(companies(queue("kodit.reviewer", "q", token, "assigned", "me"))).containsExactly(small);
		assertThat(companies(queue("kodit.approver", "q", token, "assigned", "me"))).containsExactly(middle);
		assertThat(companies(queue("kodit.reviewer", "q", token, "assigned", "none", "status", "ALL")))
			.containsExactly(large);
		assertThat(companies(queue("kodit.reviewer", "q", token, "status", "UNDER_REVIEW", "region", "JEJU")))
			.containsExactly(middle);

		assertThat(companies(queue("ksure.reviewer", "q", token))).containsExactly(export);
		assertThat(companies(queue("ksure.reviewer", "q", token, "region", "JEJU"))).containsExactly(export);
	}

	@Test
	void aKoditReviewerNeverSeesKsureApplicationsWhateverTheFilters() throws Exception {
		String token = token();
		String export = add(row(token, "수출").programme("POSCO-IBK-KSURE").amount(250_000_000L).region("JEJU")
			.industry("G").submittedAt(Instant.now().minus(Duration.ofDays(30))));
		String[][] filters = { {}, { "programme", "POSCO-IBK-KSURE" }, { "region", "JEJU" }, { "industry", "G" },
				{ "min", "1억", "max", "3억" }, { "overdue", "true" }, { "assigned", "none" }, { "sort", "amount-high" },
				{ "sort", "waiting-longest" }, { "from", "2020-01-01" }, { "status", "SUBMITTED" } };
		for (String[] filter : filters) {
			String[] parameters = new String[filter.length + 2];
			parameters[0] = "q";
			parameters[1] = token;
			System.arraycopy(filter, 0, parameters, 2, filter.length);
			assertThat(queue("kodit.reviewer", parameters).text()).as(String.join(" ", filter)).doesNotContain(export);
			assertThat(queue("kodit.approver", filter).text()).as(String.join(" ", filter)).doesNotContain(token);
		}
		assertThat(companies(queue("ksure.approver", "q", token, "overdue", "true", "programme", "POSCO-IBK-KSURE")))
			.containsExactly(export);
	}

	@Test
	void applicationsWaitingForTheAgencyLongerThanItsTargetAreMarkedAndCanBeListedAlone() throws Exception {
		String token = token();
		Instant monthAgo = Instant.now().minus(Duration.ofDays(30));
		String waiting = add(row(token, "대기").submittedAt(monthAgo));
		String fresh = add(row(token, "신규").submittedAt(Instant.now().minus(Duration.ofHours(1)))
			.lastActionAt(Instant.now().minus(Duration.ofDays(3)).minus(Duration.ofMinutes(5))));
		String answering = add(row(token, "보완").status("INFO_REQUESTED").submittedAt(monthAgo));
		String recommended = add(row(token, "추천").status("RECOMMENDED").submittedAt(monthAgo));
		String approved = add(row(token, "승인").status("APPROVED").submittedAt(monthAgo));

		Document page = queue("kodit.reviewer", "q", token, "status", "ALL");
		assertThat(companies(page)).containsExactly(waiting, fresh, answering, recommended, approved);
		Map<String, String> rows = rows(page);
		assertThat(rows.get(waiting)).contains("기한 초과", "영업일 5일 초과");
		assertThat(rows.get(recommended)).contains("기한 초과");
		assertThat(rows.get(fresh)).doesNotContain("기한 초과").contains("3일 전", "미배정");
		assertThat(rows.get(answering)).as("waits for the SME").doesNotContain("기한 초과");
		assertThat(rows.get(approved)).doesNotContain("기한 초과");
		assertThat(page.select("tr.queue-row-overdue")).hasSize(2);
		assertThat(page.text()).contains("접수 후 영업일 5일 이내");
		assertThat(workingDays(rows(page).get(waiting))).isGreaterThanOrEqualTo(15);

		assertThat(companies(queue("kodit.reviewer", "q", token, "overdue", "true"))).containsExactly(waiting,
				recommended);
		Document english = queue("kodit.reviewer", "q", token, "status", "ALL", "lang", "en");
		assertThat(rows(english).get(waiting)).contains("Overdue");
		assertThat(rows(english).get(fresh)).contains("3 days ago", "Unassigned");
		assertThat(queue("ksure.reviewer", "lang", "en").text()).contains("within 7 working days");
	}

	@Test
	void theQueueSortsByReceiptAmountSubmissionOrWaitingTime() throws Exception {
		String token = token();
		Instant now = Instant.now();
		String first = add(row(token, "가").amount(200_000_000L).submittedAt(now.minus(Duration.ofDays(5)))
			.lastActionAt(now.minus(Duration.ofDays(2))));
		String second = add(row(token, "나").amount(900_000_000L).submittedAt(now.minus(Duration.ofDays(10)))
			.lastActionAt(now.minus(Duration.ofHours(1))));
		String third = add(row(token, "다").amount(400_000_000L).submittedAt(now.minus(Duration.ofDays(1)))
			.lastActionAt(now.minus(Duration.ofDays(6))));
		String decided = add(row(token, "라").amount(100_000_000L).status("REJECTED")
			.submittedAt(now.minus(Duration.ofDays(120)))
			.lastActionAt(now.minus(Duration.ofDays(100))));

		assertThat(companies(all(token))).containsExactly(first, second, third, decided);
		assertThat(companies(all(token, "sort", "amount-high"))).containsExactly(second, third, first, decided);
		assertThat(companies(all(token, "sort", "amount-low"))).containsExactly(decided, first, third, second);
		assertThat(companies(all(token, "sort", "newest"))).containsExactly(third, first, second, decided);
		assertThat(companies(all(token, "sort", "oldest"))).containsExactly(decided, second, first, third);
		assertThat(companies(all(token, "sort", "waiting-longest"))).containsExactly(third, first, second, decided);
		assertThat(companies(queue("kodit.reviewer", "q", token, "sort", "amount-low")))
			.as("a decided application waits for no work and is left out unless asked for")
			.containsExactly(first, third, second);
	}

	@Test
	void pagesKeepTheFilters() throws Exception {
		String token = token();
		for (int i = 0; i < 26; i++) {
			add(row(token, String.format("%02d", i)).amount(100_000_000L + i * 1_000_000L).region("ULSAN"));
		}
		Document first = queue("kodit.reviewer", "q", token, "region", "ULSAN", "sort", "amount-high");
		assertThat(companies(first)).hasSize(25).first().isEqualTo(token + "-25");
		Element next = first.selectFirst("nav .page-item:last-child a");
		assertThat(next.attr("href")).contains("region=ULSAN", "sort=amount-high", "page=1");
		assertThat(first.select(".status-counts a").attr("href")).contains("region=ULSAN", "q=" + token);
		assertThat(first.selectFirst("select#region option[selected]").val()).isEqualTo("ULSAN");
		assertThat(first.selectFirst("select#sort option[selected]").val()).isEqualTo("amount-high");

		String href = next.attr("href");
		MockHttpServletRequestBuilder request = get(href.substring(0, href.indexOf('?')));
		for (String parameter : href.substring(href.indexOf('?') + 1).split("&")) {
			String[] pair = parameter.split("=", 2);
			request.param(pair[0], URLDecoder.decode(pair[1], StandardCharsets.UTF_8));
		}
		String second = mvc.perform(request.with(as("kodit.reviewer"))).andReturn().getResponse().getContentAsString();
		assertThat(companies(Jsoup.parse(second))).containsExactly(token + "-00");
	}

	@Test
	void filtersThatCannotBeReadAreExplainedNextToTheirFieldAndLeftOut() throws Exception {
		String token = token();
		String only = add(row(token, "하나").amount(300_000_000L).submittedAt(Instant.parse("2026-02-10T01:00:00Z")));

		Document amount = queue("kodit.reviewer", "q", token, "min", "삼억", "max", "5억");
		assertThat(amount.selectFirst("#min").hasClass("is-invalid")).isTrue();
		assertThat(amount.selectFirst("#min-error").text()).contains("1억 5천만처럼 입력해 주세요");
		assertThat(amount.selectFirst("#min").attr("aria-describedby")).contains("min-error");
		assertThat(amount.selectFirst("#min").val()).isEqualTo("삼억");
		assertThat(amount.selectFirst("details.queue-more").hasAttr("open")).isTrue();
		assertThat(companies(amount)).containsExactly(only);

		assertThat(queue("kodit.reviewer", "q", token, "min", "5억", "max", "1억").selectFirst("#max-error").text())
			.contains("최소 금액이 최대 금액보다 큽니다");
		assertThat(queue("kodit.reviewer", "q", token, "from", "2026-13-45").selectFirst("#from-error").text())
			.contains("날짜는 2026-03-02처럼");
		Document dates = queue("kodit.reviewer", "q", token, "from", "2026-03-01", "to", "2026-02-01");
		assertThat(dates.selectFirst("#to-error").text()).contains("시작일이 종료일보다 늦습니다");
		assertThat(companies(dates)).containsExactly(only);
		assertThat(queue("kodit.reviewer", "q", token, "max", "lots", "lang", "en").selectFirst("#max-error").text())
			.contains("Enter an amount in won");
		assertThat(companies(queue("kodit.reviewer", "q", token, "max", "3억 원"))).containsExactly(only);
		assertThat(companies(queue("kodit.reviewer", "q", token, "max", "2억 9,999만"))).isEmpty();
	}

	/**
	 * The KODIT reviewer's queue of the rows named {@code token} in every status, with more filters.
	 */
	private Document all(String token, String... parameters) throws Exception {
		String[] all = new String[parameters.length + 4];
		all[0] = "q";
		all[1] = token;
		all[2] = "status";
		all[3] = "ALL";
		System.arraycopy(parameters, 0, all, 4, parameters.length);
		return queue("kodit.reviewer", all);
	}

	private Document queue(String username, String... parameters) throws Exception {
		MockHttpServletRequestBuilder request = get("/review");
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		String html = mvc.perform(request.with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static List<String> companies(Document page) {
		return page.select("table tbody tr")
			.stream()
			.map(row -> row.select("td").get(1).selectFirst("span").text())
			.toList();
	}

	private static Map<String, String> rows(Document page) {
		return page.select("table tbody tr")
			.stream()
			.collect(Collectors.toMap(row -> row.select("td").get(1).selectFirst("span").text(), Element::text));
	}

	private static int workingDays(String row) {
		return Integer.parseInt(row.replaceAll(".*?([0-9]+) 기한 초과.*", "$1"));
	}

	private static String token() {
		StringBuilder token = new StringBuilder("QT");
		for (int i = 0; i < 8; i++) {
			token.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return token.toString();
	}

	private static Row row(String token, String name) {
		return new Row(token + "-" + name, "HMG-KB-WOORI", "SUBMITTED", 300_000_000L, "GYEONGGI", "C",
				Instant.now().minus(Duration.ofMinutes(10)), null, null);
	}

	/**
	 * Adds an application in receipt order after all others, as the company would have submitted it.
	 *
	 * @return its company name
	 */
	private String add(Row row) {
		String number = TestSmes.validBusinessNumber();
		long organisation = TestSmes.registerCompany(jdbc, number);
		jdbc.sql("insert into guarantee_application (programme_code, organisation_id, business_number, company_name, "
				+ "status, amount_won, purpose, term_months, bank_code, business_plan, receipt_number, submitted_at, "
				+ "region, industry_section, representative_name, assignee, assigned_at, last_action_at) values "
				+ "(:programme, :organisation, :number, :company, :status, :amount, 'WORKING_CAPITAL', 24, 'KB', "
				+ "'시험용 사업계획', nextval('application_receipt_seq'), :submitted, :region, :industry, '김대표', "
				+ ":assignee, :assignedAt, :lastAction)")
			.param("programme", row.programme())
			.param("organisation", organisation)
			.param("number", number)
			.param("company", row.company())
			.param("status", row.status())
			.param("amount", row.amount())
			.param("submitted", Timestamp.from(row.submittedAt()))
			.param("region", row.region())
			.param("industry", row.industry())
			.param("assignee", row.assignee())
			.param("assignedAt", row.assignee() == null ? null : Timestamp.from(row.submittedAt()))
			.param("lastAction",
					Timestamp.from(row.lastActionAt() == null ? row.submittedAt() : row.lastActionAt()))
			.update();
		return row.company();
	}

	record Row(String company, String programme, String status, long amount, String region, String industry,
			Instant submittedAt, String assignee, Instant lastActionAt) {

		Row programme(String code) {
			return new Row(company, code, status, amount, region, industry, submittedAt, assignee, lastActionAt);
		}

		Row status(String name) {
			return new Row(company, programme, name, amount, region, industry, submittedAt, assignee, lastActionAt);
		}

		Row amount(long won) {
			return new Row(company, programme, status, won, region, industry, submittedAt, assignee, lastActionAt);
		}

		Row region(String name) {
			return new Row(company, programme, status, amount, name, industry, submittedAt, assignee, lastActionAt);
		}

		Row industry(String section) {
			return new Row(company, programme, status, amount, region, section, submittedAt, assignee, lastActionAt);
		}

		Row submittedAt(Instant moment) {
			return new Row(company, programme, status, amount, region, industry, moment, assignee, lastActionAt);
		}

		Row assignee(String username) {
			return new Row(company, programme, status, amount, region, industry, submittedAt, username, lastActionAt);
		}

		Row lastActionAt(Instant moment) {
			return new Row(company, programme, status, amount, region, industry, submittedAt, assignee, moment);
		}

	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
