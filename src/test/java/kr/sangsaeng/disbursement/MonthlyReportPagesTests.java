package kr.sangsaeng.disbursement;

import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class MonthlyReportPagesTests {

	private static final Won FIVE_EOK = Won.of(500_000_000);

	private static final BankCode WOORI = new BankCode("WOORI");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Loans loans;

	@Autowired
	MonthlyReports reports;

	@Autowired
	LoanFixtures fixtures;

	String thisMonth = YearMonth.now(ZoneId.of("Asia/Seoul")).toString();

	@Test
	void theOfficerReportsAMonthAndSeesItInTheHistoryWithTheOutstandingGuarantee() throws Exception {
		ApplicationId id = fixtures.paidOutLoan(FIVE_EOK, 80);

		mvc.perform(post("/disbursements/" + id.value() + "/monthly-reports").with(as("woori.officer")).with(csrf())
			.param("month", thisMonth)
			.param("balanceWon", "3억")
			.param("status", "ARREARS")
			.param("daysInArrears", "35"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/disbursements/" + id.value()))
			.andExpect(flash().attribute("notice", "loan.report.notice.recorded"));

		mvc.perform(get("/disbursements/" + id.value()).with(as("woori.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("월별 보고"), containsString(thisMonth),
					containsString("연체 (35일)"), containsString("대출 잔액"), containsString("3억 원"),
					containsString("보증 잔액"), containsString("2억 4,000만 원"))));
		mvc.perform(get("/disbursements/" + id.value()).param("lang", "en").with(as("woori.officer")))
			.andExpect(content().string(allOf(containsString("Monthly reports"), containsString("In arrears (35 days)"),
					containsString("Outstanding guarantee"))));
		assertThat(reports.history(id)).singleElement().extracting(MonthlyReport::channel)
			.isEqualTo(DisbursementChannel.PAGE);
	}

	@Test
	void mistakesAreShownNextToTheirFieldsAndNothingIsRecorded() throws Exception {
		ApplicationId id = fixtures.paidOutLoan(FIVE_EOK);

		mvc.perform(post("/disbursements/" + id.value() + "/monthly-reports").with(as("woori.officer")).with(csrf())
			.param("month", "2026/05")
			.param("balanceWon", "일억 반")
			.param("status", "LATE")
			.param("daysInArrears", "-2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"month-error\""),
					containsString("2026-05처럼 연-월로 입력해 주세요."), containsString("id=\"balanceWon-error\""),
					containsString("상태 중 하나를 골라 주세요."), containsString("id=\"daysInArrears-error\""),
					containsString("value=\"2026/05\""))));
		mvc.perform(post("/disbursements/" + id.value() + "/monthly-reports").with(as("woori.officer")).with(csrf())
			.param("lang", "en")
			.param("month", thisMonth)
			.param("balanceWon", "600000000")
			.param("status", "CURRENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"balanceWon-error\""),
					containsString("The balance cannot be more than the"))));
		mvc.perform(post("/disbursements/" + id.value() + "/monthly-reports").with(as("woori.officer")).with(csrf())
			.param("month", thisMonth)
			.param("balanceWon", "1억")
			.param("status", "ARREARS"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"daysInArrears-error\""),
					containsString("연체 일수를 입력해 주세요."))));
		assertThat(reports.history(id)).isEmpty();
	}

	@Test
	void anotherBanksOfficerCannotReportTheLoan() throws Exception {
		ApplicationId id = fixtures.paidOutLoan(FIVE_EOK);

		mvc.perform(post("/disbursements/" + id.value() + "/monthly-reports").with(as("ibk.officer")).with(csrf())
			.param("month", thisMonth)
			.param("balanceWon", "0")
			.param("status", "REPAID"))
			.andExpect(status().isNotFound());

		assertThat(reports.history(id)).isEmpty();
		assertThat(loans.find(WOORI, id).orElseThrow().status()).isEqualTo(LoanStatus.ACTIVE);
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
