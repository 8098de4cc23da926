package kr.sangsaeng.disbursement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SangsaengTest
class MonthlyReportsTests {

	private static final Won FIVE_EOK = Won.of(500_000_000);

	private static final BankCode WOORI = new BankCode("WOORI");

	private static final Actor OFFICER = Actor.person("woori.officer", Role.BANK_OFFICER);

	@Autowired
	MonthlyReports reports;

	@Autowired
	Loans loans;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LoanFixtures fixtures;

	LocalDate today;

	YearMonth thisMonth;

	ProgrammeCode programme;

	@BeforeEach
	void setUp() {
		today = LocalDate.now(ZoneId.of("Asia/Seoul"));
		thisMonth = YearMonth.from(today);
		programme = fixtures.programme(Won.of(10_000_000_000L));
	}

	@Test
	void fiftyParallelReportsOfOneMonthRecordOne() throws Exception {
		ApplicationId id = paidOutLoan(FIVE_EOK);
		List<Callable<Object>> sends = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			sends.add(() -> reports.report(WOORI, id, thisMonth, Won.of(450_000_000), ReportedStatus.ARREARS, 35,
					OFFICER, DisbursementChannel.API));
		}

		List<Object> outcomes = LoansTests.race(sends);

		assertThat(outcomes).allMatch(MonthlyReports.Outcome.class::isInstance);
		assertThat(outcomes).filteredOn(outcome -> ((MonthlyReports.Outcome) outcome).recorded()).hasSize(1);
		assertThat(reports.history(id)).singleElement().satisfies(report -> {
			assertThat(report.balance()).isEqualTo(Won.of(450_000_000));
			assertThat(report.daysInArrears()).isEqualTo(35);
		});
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'loan.monthly-reported' "
				+ "and subject = :subject")
			.param("subject", "application:" + id.value())
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void theLatestReportedBalanceTimesTheRatioIsTheOutstandingGuarantee() {
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK);
		jdbc.sql("update loan set guarantee_ratio_percent = 85, issued_at = issued_at - interval '3 months' "
				+ "where application_id = :id")
			.param("id", id.value())
			.update();
		loans.pay(WOORI, id, FIVE_EOK, today.minusMonths(2), "WR-" + id.value(), OFFICER, DisbursementChannel.PAGE);
		assertThat(outstanding(id).guarantee()).isEqualTo(Won.of(425_000_000));

		reports.report(WOORI, id, thisMonth.minusMonths(1), Won.of(400_000_000), ReportedStatus.CURRENT, null, OFFICER,
				DisbursementChannel.PAGE);
		reports.report(WOORI, id, thisMonth, Won.of(300_000_000), ReportedStatus.RESTRUCTURED, null, OFFICER,
				DisbursementChannel.PAGE);
		reports.report(WOORI, id, thisMonth.minusMonths(2), Won.of(480_000_000), ReportedStatus.CURRENT, null, OFFICER,
				DisbursementChannel.PAGE);

		assertThat(outstanding(id)).isEqualTo(new MonthlyReports.Outstanding(Won.of(300_000_000),
				Won.of(255_000_000)));
		assertThat(reports.history(id)).extracting(MonthlyReport::month)
			.containsExactly(thisMonth, thisMonth.minusMonths(1), thisMonth.minusMonths(2));
	}

	@Test
	void aRepaidReportEndsTheLoanAndGivesItsGuaranteeBackToTheProgramme() {
		ApplicationId id = paidOutLoan(FIVE_EOK);
		Won committedBefore = ledger.position(programme).committed();

		MonthlyReports.Outcome outcome = reports.report(WOORI, id, thisMonth, Won.ZERO, ReportedStatus.REPAID, null,
				OFFICER, DisbursementChannel.PAGE);

		assertThat(outcome.recorded()).isTrue();
		Loan loan = loans.find(WOORI, id).orElseThrow();
		assertThat(loan.status()).isEqualTo(LoanStatus.REPAID);
		assertThat(fixtures.applicationStatus(id)).isEqualTo("REPAID");
		assertThat(ledger.position(programme).committed()).isEqualTo(committedBefore.minus(FIVE_EOK));
		assertThat(reports.outstanding(loan).guarantee()).isEqualTo(Won.ZERO);
		assertThatThrownBy(() -> reports.report(WOORI, id, thisMonth.minusMonths(1), Won.ZERO,
				ReportedStatus.CURRENT, null, OFFICER, DisbursementChannel.PAGE))
			.isInstanceOf(LoanRuleException.class)
			.hasMessage("loan.report.rule.closed");
	}

	@Test
	void aDefaultedReportDefaultsTheLoanAndKeepsItsGuaranteeCommitted() {
		ApplicationId id = paidOutLoan(FIVE_EOK);
		Won committedBefore = ledger.position(programme).committed();

		reports.report(WOORI, id, thisMonth, Won.of(420_000_000), ReportedStatus.DEFAULTED, null, OFFICER,
				DisbursementChannel.API);

		Loan loan = loans.find(WOORI, id).orElseThrow();
		assertThat(loan.status()).isEqualTo(LoanStatus.DEFAULTED);
		assertThat(ledger.position(programme).committed()).isEqualTo(committedBefore);
		assertThat(reports.outstanding(loan).guarantee()).isEqualTo(Won.of(420_000_000));
	}

	@Test
	void anotherReportOfAMonthAlreadyReportedIsRefusedAndTheFirstStands() {
		ApplicationId id = paidOutLoan(FIVE_EOK);
		reports.report(WOORI, id, thisMonth, Won.of(450_000_000), ReportedStatus.CURRENT, null, OFFICER,
				DisbursementChannel.PAGE);

		assertThatThrownBy(() -> reports.report(WOORI, id, thisMonth, Won.of(440_000_000), ReportedStatus.CURRENT,
				null, OFFICER, DisbursementChannel.PAGE)).isInstanceOf(MonthlyReportConflictException.class);
		assertThat(reports.history(id)).singleElement()
			.extracting(MonthlyReport::balance)
			.isEqualTo(Won.of(450_000_000));
	}

	@Test
	void reportsTheLoanCannotHaveAreRefusedByTheirField() {
		ApplicationId id = paidOutLoan(Won.of(100_000_000));
		ApplicationId unpaid = fixtures.guaranteedLoan(programme, FIVE_EOK);

		assertThat(refusal(id, thisMonth.plusMonths(1), Won.of(1), ReportedStatus.CURRENT, null)).isEqualTo("month");
		assertThat(refusal(id, thisMonth.minusMonths(1), Won.of(1), ReportedStatus.CURRENT, null)).isEqualTo("month");
		assertThat(refusal(id, thisMonth, Won.of(100_000_001), ReportedStatus.CURRENT, null)).isEqualTo("balanceWon");
		assertThat(refusal(id, thisMonth, Won.of(1), ReportedStatus.REPAID, null)).isEqualTo("balanceWon");
		assertThat(refusal(id, thisMonth, Won.of(1), ReportedStatus.ARREARS, null)).isEqualTo("daysInArrears");
		assertThat(refusal(id, thisMonth, Won.of(1), ReportedStatus.CURRENT, 3)).isEqualTo("daysInArrears");
		assertThatThrownBy(() -> reports.report(WOORI, unpaid, thisMonth, Won.ZERO, ReportedStatus.CURRENT, null,
				OFFICER, DisbursementChannel.PAGE)).hasMessage("loan.report.rule.notPaidOut");
		assertThatThrownBy(() -> reports.report(new BankCode("IBK"), id, thisMonth, Won.ZERO, ReportedStatus.CURRENT,
				null, OFFICER, DisbursementChannel.PAGE)).isInstanceOf(LoanNotFoundException.class);
		assertThat(reports.history(id)).isEmpty();
		assertThat(loans.find(WOORI, id).orElseThrow().status()).isEqualTo(LoanStatus.ACTIVE);
	}

	private String refusal(ApplicationId id, YearMonth month, Won balance, ReportedStatus status, Integer days) {
		try {
			reports.report(WOORI, id, month, balance, status, days, OFFICER, DisbursementChannel.PAGE);
		}
		catch (MonthlyReportRefusedException refused) {
			return refused.field();
		}
		return "accepted";
	}

	private ApplicationId paidOutLoan(Won amount) {
		ApplicationId id = fixtures.guaranteedLoan(programme, amount);
		loans.pay(WOORI, id, amount, today, "WR-" + id.value(), OFFICER, DisbursementChannel.PAGE);
		return id;
	}

	private MonthlyReports.Outstanding outstanding(ApplicationId id) {
		return reports.outstanding(loans.find(WOORI, id).orElseThrow());
	}

}
