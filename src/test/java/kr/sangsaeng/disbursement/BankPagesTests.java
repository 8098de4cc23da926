package kr.sangsaeng.disbursement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.CapacityPosition;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class BankPagesTests {

	private static final Won TEN_BILLION = Won.of(10_000_000_000L);

	private static final Won FIVE_EOK = Won.of(500_000_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Loans loans;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LoanFixtures fixtures;

	LocalDate today;

	@BeforeEach
	void setUp() {
		today = SeoulTime.today(Clock.systemUTC());
	}

	@Test
	void anOfficerSeesTheLoansOfTheirBankAndNoOther() throws Exception {
		Loan woori = loan(fixtures.guaranteedLoan(fixtures.programme(TEN_BILLION), FIVE_EOK));
		Loan ibk = ibkLoan();

		mvc.perform(get("/disbursements").with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("보증부 대출"), containsString(woori.guaranteeNumber()),
					containsString(woori.companyName()), containsString(woori.formattedBusinessNumber()),
					containsString("5억 원"), containsString("승인 (실행 전)"),
					not(containsString(ibk.guaranteeNumber())), not(containsString(ibk.companyName())))));
		mvc.perform(get("/disbursements").param("q", woori.guaranteeNumber()).with(as("woori.officer")))
			.andExpect(content().string(containsString("/disbursements/" + woori.id().value())));
		mvc.perform(get("/disbursements").param("q", woori.businessNumber().substring(0, 6))
			.param("status", "APPROVED")
			.param("programme", woori.programmeCode().value())
			.with(as("woori.officer"))).andExpect(content().string(containsString(woori.guaranteeNumber())));
		mvc.perform(get("/disbursements").param("q", woori.guaranteeNumber())
			.param("status", "REPAID")
			.with(as("woori.officer")))
			.andExpect(content().string(allOf(containsString("조건에 맞는 대출이 없습니다."),
					not(containsString(woori.guaranteeNumber() + "</a>")))));
		mvc.perform(get("/disbursements").param("q", ibk.companyName()).with(as("woori.officer")))
			.andExpect(content().string(not(containsString(ibk.guaranteeNumber()))));

		mvc.perform(get("/disbursements").with(as("ibk.officer")))
			.andExpect(content().string(allOf(containsString(ibk.guaranteeNumber()),
					not(containsString(woori.guaranteeNumber())))));
	}

	@Test
	void oddFiltersAreLeftOutWithANote() throws Exception {
		mvc.perform(get("/disbursements").param("status", "PAID'--")
			.param("programme", "<script>")
			.param("page", "-1")
			.param("q", "%_\\" + "x".repeat(300))
			.param("lang", "en")
			.with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Some filters were not among the choices and were left out."),
					containsString("Only the first 100 characters of the search were used."),
					containsString("No loan matches."), not(containsString("<script>")))));
		mvc.perform(get("/disbursements").param("page", "999999").with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("조건에 맞는 대출이 없습니다.")));
	}

	@Test
	void twoTranchesRecordedOnThePagePayOutTheLoanAndMoveTheLedgerByExactlyTheirAmounts() throws Exception {
		ProgrammeCode programme = fixtures.programme(TEN_BILLION);
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK);
		CapacityPosition before = ledger.position(programme);

		mvc.perform(get(page(id)).with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("실행 기록"), containsString("아직 기록된 실행이 없습니다."),
					containsString("value=\"" + today + "\""), containsString("대출 취소…"),
					containsString(page(id) + "/certificate.pdf"), not(containsString("상환 완료 보고…")))));
		mvc.perform(pay(id, "200,000,000", today, "WR-PAGE-0001").with(as("woori.officer")))
			.andExpect(redirectedUrl(page(id)))
			.andExpect(flash().attribute("notice", "loan.notice.paid"))
			.andExpect(flash().attribute("noticeAmount", "2억 원"));

		mvc.perform(get(page(id)).with(as("woori.officer")))
			.andExpect(content().string(allOf(containsString("실행 중"), containsString("1회차 실행"),
					containsString("WR-PAGE-0001"), containsString("윤우리"), containsString("화면 입력"),
					containsString("승인액 5억 원 중 2억 원 실행 (40%)"), containsString("남은 실행 가능액은 3억 원입니다."),
					containsString("상환 완료 보고…"), not(containsString("대출 취소…")))));
		assertThat(ledger.position(programme).disbursed()).isEqualTo(before.disbursed().plus(Won.of(200_000_000)));

		mvc.perform(pay(id, "300000000", today, "WR-PAGE-0002").with(as("woori.officer")))
			.andExpect(redirectedUrl(page(id)));

		mvc.perform(get(page(id)).param("lang", "en").with(as("woori.officer")))
			.andExpect(content().string(allOf(containsString("Fully disbursed"), containsString("Payment 2"),
					containsString("₩500 million of ₩500 million paid out (100%)"),
					containsString("The approved amount has been paid out in full."),
					not(containsString("action=\"" + page(id) + "/payments\"")))));
		assertThat(loans.find(new BankCode("WOORI"), id).orElseThrow().status()).isEqualTo(LoanStatus.ACTIVE);
		assertThat(fixtures.applicationStatus(id)).isEqualTo("ACTIVE");
		CapacityPosition after = ledger.position(programme);
		assertThat(after.disbursed()).isEqualTo(before.disbursed().plus(FIVE_EOK));
		assertThat(after.committed()).isEqualTo(before.committed());
		assertThat(after.capacity()).isEqualTo(before.capacity());
	}

	@Test
	void badPaymentsAreExplainedNextToTheirFieldAndRecordNothing() throws Exception {
		ProgrammeCode programme = fixtures.programme(TEN_BILLION);
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK);
		CapacityPosition before = ledger.position(programme);

		mvc.perform(post(page(id) + "/payments").param("amountWon", "2억쯤")
			.param("disbursedOn", "")
			.param("reference", " ")
			.with(csrf())
			.with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"amountWon-error\""),
					containsString("금액은 숫자나 조·억·만·천 단위로 적어 주세요"), containsString("id=\"disbursedOn-error\""),
					containsString("id=\"reference-error\""), containsString("입력해 주세요."),
					containsString("value=\"2억쯤\""))));
		mvc.perform(pay(id, "500,000,001", today, "WR-BIG").with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"amountWon-error\""),
					containsString("승인 금액 중 남은 실행 가능액 5억 원을 넘습니다."))));
		mvc.perform(pay(id, "100,000,000", today.plusDays(1), "WR-TOMORROW").with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"disbursedOn-error\""),
					containsString("실행일은 오늘(" + today + ") 이후일 수 없습니다."))));
		mvc.perform(pay(id, "100,000,000", LocalDate.of(1999, 12, 31), "WR-OLD").with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("실행일은 보증서 발급일(" + today + ") 이전일 수 없습니다.")));
		mvc.perform(post(page(id) + "/payments").param("amountWon", "100,000,000")
			.param("disbursedOn", "31/12/2026")
			.param("reference", "R".repeat(65))
			.param("lang", "en")
			.with(csrf())
			.with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Enter a date as year-month-day, such as 2026-03-02."),
					containsString("At most 64 characters; this has 65."))));
		mvc.perform(pay(id, "0", today, "WR-ZERO").with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0보다 큰 금액을 입력해 주세요.")));

		assertThat(loans.entries(id)).isEmpty();
		assertThat(loans.find(new BankCode("WOORI"), id).orElseThrow().status()).isEqualTo(LoanStatus.APPROVED);
		assertThat(ledger.position(programme)).isEqualTo(before);
	}

	@Test
	void aReferenceAlreadyRecordedOnTheLoanIsRefusedNextToItsFieldUntilItsPaymentIsReversed() throws Exception {
		ProgrammeCode programme = fixtures.programme(TEN_BILLION);
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK);
		ApplicationId other = fixtures.guaranteedLoan(programme, FIVE_EOK);
		long first = loans.pay(new BankCode("WOORI"), id, Won.of(100_000_000), today, "WR-SAME", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE).entryId();
		CapacityPosition before = ledger.position(programme);

		mvc.perform(pay(id, "100,000,000", today, " WR-SAME ").with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"reference-error\""),
					containsString("거래번호 WR-SAME은(는) 이 대출에 이미 기록되어 있습니다(" + today + " 실행, 1억 원)."),
					not(containsString("id=\"amountWon-error\"")))));
		mvc.perform(pay(id, "50,000,000", today, "WR-SAME").param("lang", "en").with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("Reference WR-SAME is already recorded on this loan (paid out on " + today)));
		assertThat(loans.entries(id)).hasSize(1);
		assertThat(ledger.position(programme)).isEqualTo(before);

		mvc.perform(pay(other, "100,000,000", today, "WR-SAME").with(as("woori.officer")))
			.andExpect(redirectedUrl(page(other)));
		mvc.perform(reverse(id, first, "금액 오기입").with(as("woori.officer"))).andExpect(redirectedUrl(page(id)));
		// a payment reversed as a mistake gives its reference back
		mvc.perform(pay(id, "150,000,000", today, "WR-SAME").with(as("woori.officer")))
			.andExpect(redirectedUrl(page(id)));
		assertThat(loans.find(new BankCode("WOORI"), id).orElseThrow().disbursed()).isEqualTo(Won.of(150_000_000));
	}

	@Test
	void aMistakenPaymentIsReversedOnThePageWithAReason() throws Exception {
		ProgrammeCode programme = fixtures.programme(TEN_BILLION);
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK);
		CapacityPosition before = ledger.position(programme);
		long payment = loans.pay(new BankCode("WOORI"), id, FIVE_EOK, today, "WR-TYPO", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE).entryId();

		mvc.perform(get(page(id)).with(as("woori.officer")))
			.andExpect(content().string(allOf(containsString("실행 취소…"),
					containsString("1회차 실행(" + today + ", 5억 원, 거래번호 WR-TYPO)을 취소하시겠습니까?"))));
		mvc.perform(reverse(id, payment, "  ").with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"reason-" + payment + "-error\""),
					containsString("collapse reversal-row show"))));
		assertThat(loans.entries(id)).hasSize(1);

		mvc.perform(reverse(id, payment, "금액 오기입").with(as("woori.officer")))
			.andExpect(redirectedUrl(page(id)))
			.andExpect(flash().attribute("notice", "loan.notice.reversed"));

		mvc.perform(get(page(id)).with(as("woori.officer")))
			.andExpect(content().string(allOf(containsString("1회차 실행 취소"), containsString("취소됨"),
					containsString("사유: 금액 오기입"), containsString("승인 (실행 전)"),
					not(containsString("실행 취소…")))));
		assertThat(ledger.position(programme)).isEqualTo(before);
		assertThat(fixtures.applicationStatus(id)).isEqualTo("APPROVED");

		mvc.perform(reverse(id, payment, "다시").with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“승인 (실행 전)” 상태의 대출은 실행을 취소할 수 없습니다.")));
		assertThat(loans.entries(id)).hasSize(2);
	}

	@Test
	void theOfficerReportsRepaymentOrCancelsOnThePage() throws Exception {
		ProgrammeCode programme = fixtures.programme(TEN_BILLION);
		ApplicationId repaid = fixtures.guaranteedLoan(programme, FIVE_EOK);
		ApplicationId cancelled = fixtures.guaranteedLoan(programme, FIVE_EOK);
		loans.pay(new BankCode("WOORI"), repaid, FIVE_EOK, today, "WR-FULL", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);

		mvc.perform(post(page(cancelled) + "/repaid").with(csrf()).with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("실행된 대출만 상환 완료로 보고할 수 있습니다. 이 대출은 “승인 (실행 전)” 상태입니다.")));
		mvc.perform(post(page(repaid) + "/repaid").with(csrf()).with(as("woori.officer")))
			.andExpect(redirectedUrl(page(repaid)))
			.andExpect(flash().attribute("notice", "loan.notice.repaid"));
		mvc.perform(post(page(cancelled) + "/cancel").with(csrf()).with(as("woori.officer")))
			.andExpect(redirectedUrl(page(cancelled)))
			.andExpect(flash().attribute("notice", "loan.notice.cancelled"));

		mvc.perform(get(page(repaid)).with(as("woori.officer")))
			.andExpect(content().string(allOf(containsString("상환 완료"), containsString("이 대출에는 더 기록할 수 없습니다."),
					not(containsString("실행 취소…")), not(containsString("부실 보고…")))));
		mvc.perform(post(page(repaid) + "/cancel").with(csrf()).with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("이 대출은 “상환 완료” 상태입니다.")));
		assertThat(fixtures.applicationStatus(repaid)).isEqualTo("REPAID");
		assertThat(fixtures.applicationStatus(cancelled)).isEqualTo("CANCELLED");
		assertThat(ledger.position(programme).committed()).isEqualTo(Won.ZERO);
	}

	@Test
	void anotherBankFindsNoSuchLoanWhateverItAsks() throws Exception {
		ProgrammeCode programme = fixtures.programme(TEN_BILLION);
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK);
		long payment = loans.pay(new BankCode("WOORI"), id, Won.of(100_000_000), today, "WR-1", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE).entryId();
		CapacityPosition before = ledger.position(programme);

		mvc.perform(get(page(id)).with(as("ibk.officer")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(loan(id).companyName()))));
		mvc.perform(pay(id, "100,000,000", today, "IBK-1").with(as("ibk.officer"))).andExpect(status().isNotFound());
		mvc.perform(reverse(id, payment, "실수").with(as("ibk.officer"))).andExpect(status().isNotFound());
		for (String action : new String[] { "repaid", "defaulted", "cancel" }) {
			mvc.perform(post(page(id) + "/" + action).with(csrf()).with(as("ibk.officer")))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/disbursements/not-a-loan").with(as("woori.officer"))).andExpect(status().isNotFound());
		mvc.perform(get("/disbursements/0").with(as("woori.officer"))).andExpect(status().isNotFound());

		assertThat(loans.entries(id)).hasSize(1);
		assertThat(loans.find(new BankCode("WOORI"), id).orElseThrow().status()).isEqualTo(LoanStatus.DISBURSING);
		assertThat(ledger.position(programme)).isEqualTo(before);
	}

	@Test
	void nobodyButBankOfficersOpensTheLoanPages() throws Exception {
		ApplicationId id = fixtures.guaranteedLoan(fixtures.programme(TEN_BILLION), FIVE_EOK);

		for (String username : new String[] { "sme.demo", "kodit.reviewer" }) {
			mvc.perform(get("/disbursements").with(as(username))).andExpect(status().isForbidden());
			mvc.perform(get(page(id)).with(as(username))).andExpect(status().isForbidden());
			mvc.perform(pay(id, "100,000,000", today, "X-1").with(as(username))).andExpect(status().isForbidden());
		}
		assertThat(loans.entries(id)).isEmpty();
	}

	private Loan loan(ApplicationId id) {
		return loans.find(new BankCode("WOORI"), id).orElseThrow();
	}

	/**
	 * A loan of IBK, as its guarantee would have opened it.
	 */
	private Loan ibkLoan() {
		long id = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		jdbc.sql("insert into loan (application_id, guarantee_number, programme_code, agency_code, bank_code, "
				+ "organisation_id, business_number, company_name, approved_won, issued_at, guarantee_ratio_percent) "
				+ "values (:id, :number, 'IBK-TEST', 'KODIT', 'IBK', 0, :businessNumber, :company, 300000000, :issued, 100)")
			.param("id", id)
			.param("businessNumber", TestSmes.validBusinessNumber())
			.param("number", "KODIT-IBK-" + id)
			.param("company", "기업은행고객 " + id)
			.param("issued", Timestamp.from(Instant.now()))
			.update();
		return loans.find(new BankCode("IBK"), new ApplicationId(id)).orElseThrow();
	}

	private static String page(ApplicationId id) {
		return "/disbursements/" + id.value();
	}

	private static MockHttpServletRequestBuilder pay(ApplicationId id, String amount, LocalDate on,
			String reference) {
		return post(page(id) + "/payments").param("amountWon", amount)
			.param("disbursedOn", on.toString())
			.param("reference", reference)
			.with(csrf());
	}

	private static MockHttpServletRequestBuilder reverse(ApplicationId id, long payment, String reason) {
		return post(page(id) + "/payments/" + payment + "/reversal").param("reason", reason).with(csrf());
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
