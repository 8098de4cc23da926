package kr.sangsaeng.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.CertificateDeliveries;
import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.RejectionReason;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.disbursement.DisbursementChannel;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.CapacityPosition;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SangsaengTest
class UtilisationOverviewTests {

	@Autowired
	UtilisationOverview overviews;

	@Autowired
	CertificateDeliveries deliveries;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	Loans loans;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProgrammesFiguresAreTheLedgersAndItsApplicationsAreCounted() {
		ProgrammeCode programme = TestProgrammes.uniqueCode("DB");
		administration.create(programme, TestProgrammes.draft(Won.of(50_000_000_000L), Won.of(50_000_000_000L)),
				Won.of(20_000_000_000L), "admin");
		administration.moveTo(programme, ProgrammeStatus.OPEN, "admin");
		SignedInUser reviewer = accounts.account("kodit.reviewer").orElseThrow();
		ApplicationId paidOut = submitted(programme, Won.of(500_000_000));
		approve(reviewer, paidOut, Won.of(500_000_000));
		ApplicationId approved = submitted(programme, Won.of(300_000_000));
		approve(reviewer, approved, Won.of(300_000_000));
		ApplicationId rejected = submitted(programme, Won.of(100_000_000));
		decisions.reject(reviewer, rejected, TestSmes.version(applications, rejected), RejectionReason.CREDIT,
				"신용도가 기준에 미치지 못합니다.", "거절");
		submitted(programme, Won.of(200_000_000));
		LocalDate today = LocalDate.now(SeoulTime.ZONE);
		loans.pay(new BankCode("WOORI"), paidOut, Won.of(200_000_000), today, "DB-1", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);

		Overview overview = overviews.current();

		Overview.Figures figures = overview.programmes()
			.stream()
			.filter(candidate -> candidate.code().equals(programme.value()))
			.findFirst()
			.orElseThrow();
		CapacityPosition position = ledger.position(programme);
		assertThat(figures.capacity()).isEqualTo(position.capacity());
		assertThat(figures.committed()).isEqualTo(position.committed()).isEqualTo(Won.of(800_000_000));
		assertThat(figures.disbursed()).isEqualTo(position.disbursed()).isEqualTo(Won.of(200_000_000));
		assertThat(figures.remaining()).isEqualTo(position.remaining());
		assertThat(figures.disbursedOpen()).isEqualTo(Won.of(200_000_000));
		assertThat(figures.committedNotDisbursed()).isEqualTo(Won.of(600_000_000));
		assertThat(figures.utilisation()).isEqualByComparingTo("4.0");
		assertThat(figures.applications()).containsEntry(ApplicationStatus.DISBURSING, 1L)
			.containsEntry(ApplicationStatus.APPROVED, 1L)
			.containsEntry(ApplicationStatus.REJECTED, 1L)
			.containsEntry(ApplicationStatus.SUBMITTED, 1L)
			.doesNotContainKey(ApplicationStatus.DRAFT);
		assertThat(figures.submitted()).isEqualTo(4);
		assertThat(figures.approvalRate()).isEqualByComparingTo("66.7");
		assertThat(figures.medianDaysToDecision()).isNotNull();
		assertThat(figures.medianDaysToFirstDisbursement()).isEqualByComparingTo("0");
	}

	@Test
	void theTotalIsTheSumOfTheProgrammesAndCountsWhatTheTableHolds() {
		Overview overview = overviews.current();

		Overview.Figures total = overview.total();
		assertThat(total.capacity().value())
			.isEqualTo(overview.programmes().stream().mapToLong(figures -> figures.capacity().value()).sum());
		assertThat(total.committed().value())
			.isEqualTo(overview.programmes().stream().mapToLong(figures -> figures.committed().value()).sum());
		assertThat(total.capacity().value()).isGreaterThanOrEqualTo(1_715_000_000_000L);
		Map<String, Long> direct = new HashMap<>();
		jdbc.sql("select a.status, count(*) from guarantee_application a join programme p on p.code = a.programme_code "
				+ "where p.status <> 'DRAFT' and a.status <> 'DRAFT' and a.submitted_at is not null group by a.status")
			.query((ResultSet row) -> {
				direct.put(row.getString(1), row.getLong(2));
			});
		for (ApplicationStatus status : Overview.SUBMITTED_STATUSES) {
			assertThat(total.count(status)).as(status.name()).isEqualTo(direct.getOrDefault(status.name(), 0L));
		}
		assertThat(total.approved()).isPositive();
		assertThat(total.approvalRate()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
		assertThat(overview.weeks()).hasSize(UtilisationOverview.WEEKS);
		LocalDate lastWeek = overview.weeks().get(UtilisationOverview.WEEKS - 1).startsOn();
		assertThat(lastWeek.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		assertThat(lastWeek).isAfter(LocalDate.now(SeoulTime.ZONE).minusDays(7));
	}

	@Test
	void aLoanBackToApprovedAfterAReversalKeepsTheDayItWasDecided() {
		ProgrammeCode programme = TestProgrammes.uniqueCode("DB");
		administration.create(programme, TestProgrammes.draft(Won.of(50_000_000_000L), Won.of(50_000_000_000L)),
				Won.of(20_000_000_000L), "admin");
		administration.moveTo(programme, ProgrammeStatus.OPEN, "admin");
		ApplicationId id = submitted(programme, Won.of(300_000_000));
		approve(accounts.account("kodit.reviewer").orElseThrow(), id, Won.of(300_000_000));
		Instant decided = decidedAt(id);
		long payment = loans
			.pay(new BankCode("WOORI"), id, Won.of(100_000_000), LocalDate.now(SeoulTime.ZONE), "DB-2", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE)
			.entryId();

		loans.reverse(new BankCode("WOORI"), id, payment, "잘못 입력한 금액", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);

		assertThat(jdbc.sql("select status from guarantee_application where id = :id")
			.param("id", id.value())
			.query(String.class)
			.single()).isEqualTo("APPROVED");
		assertThat(decidedAt(id)).isEqualTo(decided);
	}

	private Instant decidedAt(ApplicationId id) {
		return jdbc.sql("select decided_at from guarantee_application where id = :id")
			.param("id", id.value())
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	private ApplicationId submitted(ProgrammeCode programme, Won amount) {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, programme, new ApplicationContent(amount,
				LoanPurpose.FACILITIES, 36, new BankCode("WOORI"), "설비 도입 자금으로 생산 능력을 늘리고 매출로 상환합니다."));
		TestChecklists.complete(applications, sme, id, TestSmes.businessPlan());
		applications.submit(sme, id);
		return id;
	}

	private void approve(SignedInUser reviewer, ApplicationId id, Won amount) {
		decisions.approve(reviewer, id, TestSmes.version(applications, id),
				new ApprovalTerms(amount, Percentage.of("100"), Percentage.of("1"), null), "승인");
		deliveries.readyToPay(id);
	}

}
