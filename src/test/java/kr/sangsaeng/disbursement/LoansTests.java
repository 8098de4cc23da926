package kr.sangsaeng.disbursement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.AgreementFunding;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.CapacityPosition;
import kr.sangsaeng.program.ContributionKind;
import kr.sangsaeng.program.Contributions;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SangsaengTest
class LoansTests {

	private static final Won FIVE_EOK = Won.of(500_000_000);

	@Autowired
	Loans loans;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LoanFixtures fixtures;

	@Autowired
	Contributions contributions;

	@Autowired
	ProgrammeCatalogue catalogue;

	LocalDate today;

	@BeforeEach
	void setUp() {
		today = LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));
	}

	@Test
	void twoTranchesPayOutTheLoanAndTheLedgerFollowsExactly() {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK);
		assertThat(loans.find(new BankCode("WOORI"), id)).get().extracting(Loan::status).isEqualTo(LoanStatus.APPROVED);

		DisbursementRecorded first = loans.pay(new BankCode("WOORI"), id, Won.of(200_000_000), today, "WR-2026-0001", Actor.person("woori.officer", Role.BANK_OFFICER),
				DisbursementChannel.PAGE);

		assertThat(first.statusAfter()).isEqualTo(LoanStatus.DISBURSING);
		assertThat(fixtures.applicationStatus(id)).isEqualTo("DISBURSING");
		assertThat(ledger.position(programme)).isEqualTo(
				new CapacityPosition(Won.of(10_000_000_000L), FIVE_EOK, Won.of(200_000_000)));

		DisbursementRecorded second = loans.pay(new BankCode("WOORI"), id, Won.of(300_000_000), today, "WR-2026-0002",
				Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);

		assertThat(second.statusAfter()).isEqualTo(LoanStatus.ACTIVE);
		assertThat(second.disbursedAfter()).isEqualTo(FIVE_EOK);
		assertThat(fixtures.applicationStatus(id)).isEqualTo("ACTIVE");
		assertThat(ledger.position(programme).disbursed()).isEqualTo(FIVE_EOK);
		assertThat(loans.entries(id)).extracting(DisbursementEntry::reference).containsExactly("WR-2026-0001",
				"WR-2026-0002");
	}

	@Test
	void aPaymentAboveWhatRemainsOrOnAnImpossibleDateIsRefusedAndNothingIsRecorded() {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK);
		loans.pay(new BankCode("WOORI"), id, Won.of(400_000_000), today, "WR-1", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);

		assertThatThrownBy(() -> loans.pay(new BankCode("WOORI"), id, Won.of(100_000_001), today, "WR-2", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE))
			.isInstanceOfSatisfying(LoanRuleException.class, problem -> assertThat(problem.field()).isEqualTo("amountWon"));
		assertThatThrownBy(() -> loans.pay(new BankCode("WOORI"), id, Won.of(1), today.plusDays(1), "WR-3", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE))
			.isInstanceOfSatisfying(LoanRuleException.class,
					problem -> assertThat(problem.field()).isEqualTo("disbursedOn"));
		assertThatThrownBy(() -> loans.pay(new BankCode("WOORI"), id, Won.of(1), LocalDate.of(1999, 12, 31), "WR-4", Actor.person("woori.officer", Role.BANK_OFFICER),
				DisbursementChannel.PAGE))
			.isInstanceOfSatisfying(LoanRuleException.class,
					problem -> assertThat(problem.field()).isEqualTo("disbursedOn"));
		assertThatThrownBy(() -> loans.pay(new BankCode("IBK"), id, Won.of(1), today, "IBK-1", Actor.person("ibk.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE))
			.isInstanceOf(LoanNotFoundException.class);

		assertThat(loans.entries(id)).hasSize(1);
		assertThat(loans.find(new BankCode("WOORI"), id).orElseThrow().disbursed()).isEqualTo(Won.of(400_000_000));
		assertThat(ledger.position(programme).disbursed()).isEqualTo(Won.of(400_000_000));
	}

	@Test
	void aMistakenPaymentIsCorrectedByAReversalThatKeepsTheHistory() {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK);
		DisbursementRecorded mistake = loans.pay(new BankCode("WOORI"), id, FIVE_EOK, today, "WR-TYPO", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);

		DisbursementRecorded reversal = loans.reverse(new BankCode("WOORI"), id, mistake.entryId(), "금액 오기입", Actor.person("woori.officer", Role.BANK_OFFICER),
				DisbursementChannel.PAGE);

		assertThat(reversal.disbursedAfter()).isEqualTo(Won.ZERO);
		assertThat(reversal.statusAfter()).isEqualTo(LoanStatus.APPROVED);
		assertThat(fixtures.applicationStatus(id)).isEqualTo("APPROVED");
		assertThat(ledger.position(programme).disbursed()).isEqualTo(Won.ZERO);
		assertThat(loans.entries(id)).extracting(DisbursementEntry::kind).containsExactly("PAYMENT", "REVERSAL");
		assertThat(loans.entries(id).get(0).isReversed()).isTrue();
		assertThatThrownBy(() -> loans.reverse(new BankCode("WOORI"), id, mistake.entryId(), "다시", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE))
			.isInstanceOf(LoanRuleException.class);
		assertThatThrownBy(() -> jdbc.sql("delete from disbursement where application_id = :id")
			.param("id", id.value())
			.update()).hasMessageContaining("never changed or removed");
	}

	@Test
	void repaymentReleasesTheGuaranteeAndCancellationTheReservationButADefaultKeepsIt() {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId repaid = fixtures.guaranteedLoan(programme, FIVE_EOK);
		ApplicationId cancelled = fixtures.guaranteedLoan(programme, FIVE_EOK);
		ApplicationId defaulted = fixtures.guaranteedLoan(programme, FIVE_EOK);
		loans.pay(new BankCode("WOORI"), repaid, FIVE_EOK, today, "R-1", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);
		loans.pay(new BankCode("WOORI"), defaulted, Won.of(100_000_000), today, "D-1", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);
		assertThat(ledger.position(programme).committed()).isEqualTo(Won.of(1_500_000_000));

		assertThatThrownBy(() -> loans.cancel(new BankCode("WOORI"), repaid, Actor.person("woori.officer", Role.BANK_OFFICER))).isInstanceOf(LoanRuleException.class);
		assertThatThrownBy(() -> loans.repaid(new BankCode("WOORI"), cancelled, Actor.person("woori.officer", Role.BANK_OFFICER))).isInstanceOf(LoanRuleException.class);
		loans.repaid(new BankCode("WOORI"), repaid, Actor.person("woori.officer", Role.BANK_OFFICER));
		loans.cancel(new BankCode("WOORI"), cancelled, Actor.person("woori.officer", Role.BANK_OFFICER));
		loans.defaulted(new BankCode("WOORI"), defaulted, Actor.person("woori.officer", Role.BANK_OFFICER));

		CapacityPosition after = ledger.position(programme);
		assertThat(after.committed()).isEqualTo(FIVE_EOK);
		assertThat(after.disbursed()).isEqualTo(Won.of(600_000_000));
		assertThat(List.of(fixtures.applicationStatus(repaid), fixtures.applicationStatus(cancelled),
				fixtures.applicationStatus(defaulted))).containsExactly("REPAID", "CANCELLED", "DEFAULTED");
		assertThatThrownBy(() -> loans.pay(new BankCode("WOORI"), defaulted, Won.of(1), today, "D-2", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE))
			.isInstanceOf(LoanRuleException.class);
	}

	@Test
	void aGuaranteeCancelledBeforeUseGivesItsDrawsBackToThePotsExactlyButOneUsedAndRepaidKeepsThem() {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		AgreementCode agreement = new AgreementCode(programme.value() + "-KODIT");
		LocalDate received = LocalDate.of(2026, 3, 2);
		contributions.record(agreement, "HYUNDAI", ContributionKind.FEE_SUPPORT, Won.of(100_000_000), received, null,
				"admin");
		contributions.record(agreement, "HYUNDAI", ContributionKind.INTEREST_SUBSIDY, Won.of(300_000_000), received,
				null, "admin");
		ApplicationId used = fixtures.guaranteedLoan(programme, FIVE_EOK);
		AgreementFunding afterFirst = funding(programme);
		ApplicationId cancelled = fixtures.guaranteedLoan(programme, FIVE_EOK);
		assertThat(funding(programme).feeSupport().remaining()).isLessThan(afterFirst.feeSupport().remaining());
		assertThat(funding(programme).interestSubsidy().remaining())
			.isLessThan(afterFirst.interestSubsidy().remaining());
		Actor officer = Actor.person("woori.officer", Role.BANK_OFFICER);
		loans.pay(new BankCode("WOORI"), used, FIVE_EOK, LocalDate.now(SeoulTime.ZONE), "WR-POT-1",
				officer, DisbursementChannel.PAGE);

		loans.cancel(new BankCode("WOORI"), cancelled, officer);
		loans.cancel(new BankCode("WOORI"), cancelled, officer);
		loans.repaid(new BankCode("WOORI"), used, officer);

		AgreementFunding after = funding(programme);
		assertThat(after.feeSupport().remaining()).isEqualTo(afterFirst.feeSupport().remaining());
		assertThat(after.interestSubsidy().remaining()).isEqualTo(afterFirst.interestSubsidy().remaining());
		assertThat(after.feeSupport().drawn().isZero()).isFalse();
		assertThat(jdbc.sql("select coalesce(sum(drawn_won), 0) from pot_draw where application_id = :id")
			.param("id", cancelled.value())
			.query(Long.class)
			.single()).isZero();
	}

	private AgreementFunding funding(ProgrammeCode programme) {
		return catalogue.find(programme).orElseThrow().agreements().get(0).funding();
	}

	@Test
	void paymentsRacingToExceedTheApprovedAmountPayAtMostTheApprovedAmount() throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK);
		List<Callable<Object>> payments = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String reference = "RACE-" + i;
			payments.add(() -> loans.pay(new BankCode("WOORI"), id, Won.of(30_000_000), today, reference, Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.API));
		}

		List<Object> outcomes = race(payments);

		assertThat(outcomes).filteredOn(DisbursementRecorded.class::isInstance).hasSize(16);
		assertThat(outcomes).filteredOn(LoanRuleException.class::isInstance).hasSize(24);
		Loan loan = loans.find(new BankCode("WOORI"), id).orElseThrow();
		assertThat(loan.disbursed()).isEqualTo(Won.of(480_000_000));
		assertThat(ledger.position(programme).disbursed()).isEqualTo(Won.of(480_000_000));
		assertThat(loans.entries(id)).hasSize(16);
	}

	@Test
	void twoConcurrentRecordingsOfOneBankReferencePayOnce() throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK);
		List<Callable<Object>> recordings = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			recordings.add(() -> loans.pay(new BankCode("WOORI"), id, Won.of(100_000_000), today, "WR-TWICE", Actor.person("woori.officer", Role.BANK_OFFICER),
					DisbursementChannel.PAGE));
		}

		List<Object> outcomes = race(recordings);

		assertThat(outcomes).filteredOn(DisbursementRecorded.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(PaymentReferenceUsedException.class::isInstance).hasSize(1);
		assertThat(loans.entries(id)).singleElement().extracting(DisbursementEntry::reference).isEqualTo("WR-TWICE");
		assertThat(loans.find(new BankCode("WOORI"), id).orElseThrow().disbursed()).isEqualTo(Won.of(100_000_000));
		assertThat(ledger.position(programme).disbursed()).isEqualTo(Won.of(100_000_000));
	}

	@Test
	void theDatabaseItselfHoldsEachReferenceOfALoanOnce() {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK);
		long payment = loans.pay(new BankCode("WOORI"), id, Won.of(100_000_000), today, "WR-ONCE", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE)
			.entryId();
		long second = jdbc.sql("insert into disbursement (application_id, kind, amount_won, disbursed_on, reference, "
				+ "recorded_by, channel) values (:id, 'PAYMENT', 1000000, :on, 'WR-ONCE', 'test', 'PAGE') returning id")
			.param("id", id.value())
			.param("on", today)
			.query(Long.class)
			.single();

		assertThatThrownBy(() -> jdbc
			.sql("insert into disbursement_reference (application_id, reference, payment_id) "
					+ "values (:id, 'WR-ONCE', :payment)")
			.param("id", id.value())
			.param("payment", second)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(jdbc.sql("select payment_id from disbursement_reference where application_id = :id")
			.param("id", id.value())
			.query(Long.class)
			.list()).containsExactly(payment);
	}

	static List<Object> race(List<Callable<Object>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(tasks.size(), 16));
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Object>> futures = new ArrayList<>();
			for (Callable<Object> task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					try {
						return task.call();
					}
					catch (RuntimeException refused) {
						return refused;
					}
				}));
			}
			start.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
