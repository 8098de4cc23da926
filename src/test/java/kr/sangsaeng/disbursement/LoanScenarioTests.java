package kr.sangsaeng.disbursement;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.CertificateDeliveries;
import kr.sangsaeng.TestDatabaseConfiguration;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.GuaranteeIssued;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disbursement module with the modules it builds on, and no others: what an approval and a payment set off
 * across module boundaries.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "review", "system" })
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("demo")
class LoanScenarioTests {

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	Accounts accounts;

	@Autowired
	Loans loans;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CertificateDeliveries deliveries;

	@Autowired
	Clock clock;

	@Test
	void theFinalApprovalOfAnApplicationOpensItsLoanAtTheBankForTheApprovedAmount(Scenario scenario) {
		LoanFixtures fixtures = fixtures();
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, programme, new ApplicationContent(
				Won.of(500_000_000), LoanPurpose.FACILITIES, 36, new BankCode("WOORI"), "설비 도입 자금으로 생산 능력을 늘립니다."));
		TestChecklists.complete(applications, sme, id, TestSmes.businessPlan());
		applications.submit(sme, id);

		scenario
			.stimulate(() -> decisions.approve(accounts.account("kodit.reviewer").orElseThrow(), id,
					TestSmes.version(applications, id),
					new ApprovalTerms(Won.of(400_000_000), Percentage.of("100"), Percentage.of("1"), null),
					"설비 견적에 맞춰 4억 원으로 조정했습니다.", "승인"))
			.andWaitForEventOfType(GuaranteeIssued.class)
			.matching(issued -> issued.application().equals(id))
			.toArriveAndVerify(issued -> assertThat(loans.find(new BankCode("WOORI"), id)).hasValueSatisfying(loan -> {
				assertThat(loan.guaranteeNumber()).isEqualTo(issued.guaranteeNumber());
				assertThat(loan.approved()).isEqualTo(Won.of(400_000_000));
				assertThat(loan.disbursed()).isEqualTo(Won.ZERO);
				assertThat(loan.status()).isEqualTo(LoanStatus.APPROVED);
			}));
	}

	@Test
	void aPaymentIsCountedAsDisbursedInTheProgrammesCapacityLedger(Scenario scenario) {
		LoanFixtures fixtures = fixtures();
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.guaranteedLoan(programme, Won.of(300_000_000));
		Won disbursedBefore = ledger.position(programme).disbursed();

		scenario
			.stimulate(() -> loans.pay(new BankCode("WOORI"), id, Won.of(120_000_000), SeoulTime.today(clock),
					"WR-2026-0001", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE))
			.andWaitForEventOfType(DisbursementRecorded.class)
			.matching(recorded -> recorded.loan().equals(id))
			.toArriveAndVerify(recorded -> {
				assertThat(recorded.disbursedAfter()).isEqualTo(Won.of(120_000_000));
				assertThat(ledger.position(programme).disbursed())
					.isEqualTo(disbursedBefore.plus(Won.of(120_000_000)));
				assertThat(ledger.reservation(id)).hasValueSatisfying(
						reservation -> assertThat(reservation.consumed()).isEqualTo(Won.of(120_000_000)));
			});
	}

	private LoanFixtures fixtures() {
		return new LoanFixtures(administration, applications, decisions, accounts, jdbc, deliveries, loans, clock);
	}

}
