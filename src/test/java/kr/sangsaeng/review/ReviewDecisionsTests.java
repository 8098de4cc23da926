package kr.sangsaeng.review;

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
import kr.sangsaeng.applications.ApplicationChangedException;
import kr.sangsaeng.applications.ApplicationNotFoundException;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.RejectionReason;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.BenefitPot;
import kr.sangsaeng.program.CapacityChange;
import kr.sangsaeng.program.CapacityExceededException;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ContributionKind;
import kr.sangsaeng.program.Contributions;
import kr.sangsaeng.program.PotDraw;
import kr.sangsaeng.program.Pots;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SangsaengTest
class ReviewDecisionsTests {

	private static final Won ONE_EOK = Won.of(100_000_000);

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	Guarantees guarantees;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Contributions contributions;

	@Autowired
	Pots pots;

	ReviewFixtures fixtures;

	SignedInUser reviewer;

	SignedInUser approver;

	@BeforeEach
	void setUp() {
		fixtures = new ReviewFixtures(administration, applications, accounts, jdbc);
		reviewer = fixtures.staff("kodit.reviewer");
		approver = fixtures.staff("kodit.approver");
	}

	@Test
	void anApprovalUpToTheThresholdIssuesTheGuaranteeAndReservesTheAmount() {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(1_000_000_000));
		ApplicationId id = fixtures.submitted(programme, Won.of(300_000_000));

		Guarantee guarantee = decisions.approve(reviewer, id, fixtures.version(id),
				new ApprovalTerms(Won.of(200_000_000), Percentage.of("90"), Percentage.of("1.2"), "분기별 실적 보고"),
				"연 매출 규모에 맞춰 2억 원으로 조정했습니다.", "매출 증가세가 뚜렷하고 납품 계약이 확인됨")
			.guarantee()
			.orElseThrow();

		assertThat(guarantee.number()).matches("KODIT-20[0-9]{2}-[0-9]{6}");
		assertThat(guarantee.guaranteedAmount()).isEqualTo(Won.of(180_000_000));
		assertThat(guarantee.yearlyFee()).isEqualTo(Won.of(2_160_000));
		assertThat(guarantee.validUntil()).isEqualTo(guarantee.validFrom().plusMonths(24));
		assertThat(guarantee.bankCode()).isEqualTo(new BankCode("WOORI"));
		assertThat(guarantees.ofApplication(id)).contains(guarantee);
		assertThat(fixtures.status(id)).isEqualTo("APPROVED");
		assertThat(ledger.position(programme).committed()).isEqualTo(Won.of(200_000_000));
		ReviewCase review = decisions.open(approver, id);
		assertThat(review.application().approvedAmount()).isEqualTo(Won.of(200_000_000));
		assertThat(review.actions()).extracting(ReviewAction::kind).containsExactly("ASSIGNED", "APPROVED");
		assertThat(review.actions().get(1).comment()).isEqualTo("매출 증가세가 뚜렷하고 납품 계약이 확인됨");
		assertThat(review.actions().get(1).messageToApplicant()).isEqualTo("연 매출 규모에 맞춰 2억 원으로 조정했습니다.");
		assertThat(applications.details(id).orElseThrow().approvalExplanation())
			.isEqualTo("연 매출 규모에 맞춰 2억 원으로 조정했습니다.");
	}

	@Test
	void anApprovalDrawsItsBenefitsOnTheAgreementsPotsAndGetsNoneThatAPotCannotPay() {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(1_000_000_000));
		AgreementCode agreement = new AgreementCode(programme.value() + "-KODIT");
		LocalDate received = LocalDate.of(2026, 3, 2);
		contributions.record(agreement, "HYUNDAI", ContributionKind.FEE_SUPPORT, Won.of(3_000_000), received, null,
				"admin");
		contributions.record(agreement, "HYUNDAI", ContributionKind.INTEREST_SUBSIDY, Won.of(5_000_000), received,
				null, "admin");
		ApplicationId id = fixtures.submitted(programme, Won.of(200_000_000));

		decisions.approve(reviewer, id, fixtures.version(id),
				new ApprovalTerms(Won.of(200_000_000), Percentage.of("90"), Percentage.of("1.2"), null), null, null);

		// over 24 months: half of the 216만 원 yearly fee, and 1.5 points of 2억 원 (600만 원, more than the 500만 원 left)
		assertThat(pots.drawsOf(id)).containsExactly(new PotDraw(BenefitPot.FEE_SUPPORT, Won.of(2_160_000), true),
				new PotDraw(BenefitPot.INTEREST_SUBSIDY, Won.ZERO, false));
		assertThat(jdbc.sql("select fee_support_drawn_won, interest_subsidy_drawn_won from agreement where code = :code")
			.param("code", agreement.value())
			.query((row, number) -> List.of(row.getLong(1), row.getLong(2)))
			.single()).containsExactly(2_160_000L, 0L);
	}

	@Test
	void lessThanAskedForIsApprovedOnlyWithAnExplanationForTheSme() {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(1_000_000_000));
		ApplicationId id = fixtures.submitted(programme, Won.of(300_000_000));
		long version = fixtures.version(id);

		assertThatThrownBy(() -> decisions.approve(reviewer, id, version,
				new ApprovalTerms(Won.of(299_999_999), Percentage.of("100"), Percentage.of("1"), null), "  ",
				"내부 의견"))
			.isInstanceOf(ReviewRuleException.class)
			.hasMessage("review.rule.loweredNeedsExplanation");
		assertThat(fixtures.status(id)).isEqualTo("SUBMITTED");
		assertThat(guarantees.ofApplication(id)).isEmpty();

		decisions.approve(reviewer, id, version,
				new ApprovalTerms(Won.of(300_000_000), Percentage.of("100"), Percentage.of("1"), null), "내부 의견");
		assertThat(fixtures.status(id)).isEqualTo("APPROVED");
		assertThat(applications.details(id).orElseThrow().approvalExplanation()).isNull();
	}

	@Test
	void aboveTheThresholdAnApprovalWaitsForAnotherApproverWhoConfirmsIt() {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), ONE_EOK);
		ApplicationId id = fixtures.submitted(programme, Won.of(500_000_000));

		Approval recommended = decisions.approve(reviewer, id, fixtures.version(id),
				new ApprovalTerms(Won.of(400_000_000), Percentage.of("100"), Percentage.of("1"), null),
				"수주 잔고에 맞춰 4억 원으로 조정했습니다.", "추천합니다");

		assertThat(recommended).isEqualTo(new Approval.Recommended(id, Won.of(400_000_000)));
		assertThat(recommended.guarantee()).isEmpty();
		assertThat(fixtures.status(id)).isEqualTo("RECOMMENDED");
		assertThat(guarantees.ofApplication(id)).isEmpty();
		assertThat(ledger.position(programme).committed()).isEqualTo(Won.ZERO);
		assertThatThrownBy(() -> decisions.confirm(reviewer, id, fixtures.version(id), "확인"))
			.isInstanceOf(ReviewRuleException.class)
			.hasMessage("review.rule.approverOnly");

		Guarantee guarantee = decisions.confirm(approver, id, fixtures.version(id), "추천 내용 확인, 승인");

		assertThat(guarantee.recommendedBy()).isEqualTo("kodit.reviewer");
		assertThat(guarantee.approvedBy()).isEqualTo("kodit.approver");
		assertThat(guarantee.loanAmount()).isEqualTo(Won.of(400_000_000));
		assertThat(fixtures.status(id)).isEqualTo("APPROVED");
		assertThat(ledger.position(programme).committed()).isEqualTo(Won.of(400_000_000));
		assertThat(applications.details(id).orElseThrow().approvalExplanation()).as("the reviewer's explanation reaches the SME")
			.isEqualTo("수주 잔고에 맞춰 4억 원으로 조정했습니다.");
	}

	@Test
	void anApproverCannotConfirmTheirOwnRecommendationAndASecondOneMaySendItBack() {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), ONE_EOK);
		ApplicationId id = fixtures.submitted(programme, Won.of(500_000_000));
		decisions.approve(approver, id, fixtures.version(id),
				new ApprovalTerms(Won.of(500_000_000), Percentage.of("100"), Percentage.of("1"), null), "추천");

		assertThatThrownBy(() -> decisions.confirm(approver, id, fixtures.version(id), "자기 확인"))
			.isInstanceOf(ReviewRuleException.class)
			.hasMessage("review.rule.ownRecommendation");
		assertThat(fixtures.status(id)).isEqualTo("RECOMMENDED");

		SignedInUser second = fixtures.secondKoditApprover();
		decisions.sendBack(second, id, fixtures.version(id), "담보 조건 재검토 필요");

		assertThat(fixtures.status(id)).isEqualTo("UNDER_REVIEW");
		assertThat(decisions.open(second, id).actions()).extracting(ReviewAction::kind)
			.containsExactly("ASSIGNED", "RECOMMENDED", "RETURNED");
		assertThat(guarantees.ofApplication(id)).isEmpty();
	}

	@Test
	void whenCapacityIsShortTheApprovalFailsAndNothingChanges() {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(1_000_000_000), Won.of(10_000_000_000L));
		ApplicationId id = fixtures.submitted(programme, Won.of(600_000_000));
		ledger.change(programme, CapacityChange.DECREASE, Won.of(500_000_000), "출연금 일부 회수", "admin");
		long version = fixtures.version(id);

		assertThatThrownBy(() -> decisions.approve(reviewer, id, version,
				new ApprovalTerms(Won.of(600_000_000), Percentage.of("100"), Percentage.of("1"), null), "승인"))
			.isInstanceOf(CapacityExceededException.class);

		assertThat(fixtures.status(id)).isEqualTo("SUBMITTED");
		assertThat(fixtures.version(id)).isEqualTo(version);
		assertThat(decisions.open(reviewer, id).application().assignee()).isNull();
		assertThat(decisions.open(reviewer, id).actions()).isEmpty();
		assertThat(guarantees.ofApplication(id)).isEmpty();
		assertThat(ledger.position(programme).committed()).isEqualTo(Won.ZERO);
	}

	@Test
	void termsOutsideTheProgrammesLimitsAreRefusedOnTheirField() {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(10_000_000_000L));
		ApplicationId id = fixtures.submitted(programme, Won.of(300_000_000));
		long version = fixtures.version(id);

		assertThatThrownBy(() -> decisions.approve(reviewer, id, version,
				new ApprovalTerms(Won.of(300_000_001), Percentage.of("100"), Percentage.of("1"), null), "승인"))
			.isInstanceOfSatisfying(ReviewRuleException.class, problem -> assertThat(problem.field()).isEqualTo("amount"));
		assertThatThrownBy(() -> decisions.approve(reviewer, id, version,
				new ApprovalTerms(Won.of(300_000_000), Percentage.of("70"), Percentage.of("1"), null), "승인"))
			.isInstanceOfSatisfying(ReviewRuleException.class, problem -> assertThat(problem.field()).isEqualTo("ratio"));
		assertThatThrownBy(() -> decisions.approve(reviewer, id, version,
				new ApprovalTerms(Won.of(300_000_000), Percentage.of("100"), Percentage.of("2.5"), null), "승인"))
			.isInstanceOfSatisfying(ReviewRuleException.class, problem -> assertThat(problem.field()).isEqualTo("feeRate"));
		assertThat(fixtures.status(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void aDecisionOnAVersionSomeoneElseChangedIsRefused() {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(10_000_000_000L));
		ApplicationId id = fixtures.submitted(programme, Won.of(300_000_000));
		long seen = fixtures.version(id);
		decisions.requestInformation(approver, id, seen, "납품 계약서를 올려 주세요.", "계약 확인 필요");

		assertThatThrownBy(() -> decisions.reject(approver, id, seen, RejectionReason.CREDIT, "신용등급 미달", "반려"))
			.isInstanceOf(ApplicationChangedException.class);
		assertThat(fixtures.status(id)).isEqualTo("INFO_REQUESTED");
	}

	@Test
	void aReviewerCannotDecideWhatAColleagueTookButAnApproverCanHandItOver() {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(10_000_000_000L));
		ApplicationId id = fixtures.submitted(programme, Won.of(300_000_000));
		decisions.take(approver, id, fixtures.version(id));

		assertThatThrownBy(() -> decisions.reject(reviewer, id, fixtures.version(id), RejectionReason.CREDIT, "미달", "반려"))
			.isInstanceOf(ReviewRuleException.class)
			.hasMessage("review.rule.assignedElsewhere");
		assertThatThrownBy(() -> decisions.take(reviewer, id, fixtures.version(id)))
			.isInstanceOf(ReviewRuleException.class);
		assertThatThrownBy(() -> decisions.reassign(reviewer, id, fixtures.version(id), "kodit.reviewer"))
			.isInstanceOf(ReviewRuleException.class)
			.hasMessage("review.rule.approverOnly");
		assertThatThrownBy(() -> decisions.reassign(approver, id, fixtures.version(id), "ksure.reviewer"))
			.isInstanceOfSatisfying(ReviewRuleException.class, problem -> assertThat(problem.field()).isEqualTo("assignee"));

		decisions.reassign(approver, id, fixtures.version(id), "kodit.reviewer");
		decisions.reject(reviewer, id, fixtures.version(id), RejectionReason.CREDIT, "신용등급이 기준에 미달합니다.", "반려");

		assertThat(fixtures.status(id)).isEqualTo("REJECTED");
		assertThat(applications.details(id).orElseThrow().timeline())
			.anySatisfy(entry -> assertThat(entry.reason()).isEqualTo(RejectionReason.CREDIT));
	}

	@Test
	void anotherAgencysStaffFindNoSuchApplication() {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(10_000_000_000L));
		ApplicationId id = fixtures.submitted(programme, Won.of(300_000_000));
		SignedInUser ksure = fixtures.staff("ksure.approver");
		long version = fixtures.version(id);

		assertThatThrownBy(() -> decisions.open(ksure, id)).isInstanceOf(ApplicationNotFoundException.class);
		assertThatThrownBy(() -> decisions.take(ksure, id, version)).isInstanceOf(ApplicationNotFoundException.class);
		assertThatThrownBy(() -> decisions.approve(ksure, id, version,
				new ApprovalTerms(Won.of(300_000_000), Percentage.of("100"), Percentage.of("1"), null), "승인"))
			.isInstanceOf(ApplicationNotFoundException.class);
		assertThatThrownBy(() -> decisions.open(fixtures.staff("woori.officer"), id))
			.isInstanceOf(ApplicationNotFoundException.class);
		assertThat(fixtures.status(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void twoReviewersDecidingAtOnceOneWinsAndTheOtherIsToldItChanged() throws Exception {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(10_000_000_000L));
		for (int round = 0; round < 5; round++) {
			ApplicationId id = fixtures.submitted(programme, Won.of(300_000_000));
			long seen = fixtures.version(id);
			List<Object> outcomes = race(List.of(() -> {
				decisions.reject(reviewer, id, seen, RejectionReason.CREDIT, "신용등급 미달", "반려");
				return "REJECTED";
			}, () -> decisions.approve(approver, id, seen,
					new ApprovalTerms(Won.of(300_000_000), Percentage.of("100"), Percentage.of("1"), null), "승인")));

			assertThat(outcomes).filteredOn(outcome -> outcome instanceof RuntimeException).hasSize(1);
			assertThat(outcomes).filteredOn(outcome -> outcome instanceof RuntimeException)
				.allSatisfy(problem -> assertThat(problem).isInstanceOfAny(ApplicationChangedException.class,
						ReviewRuleException.class));
			assertThat(jdbc.sql("select count(*) from application_timeline_entry where application_id = :id "
					+ "and to_status in ('APPROVED', 'REJECTED')")
				.param("id", id.value())
				.query(Long.class)
				.single()).isEqualTo(1L);
			boolean approved = fixtures.status(id).equals("APPROVED");
			assertThat(guarantees.ofApplication(id).isPresent()).isEqualTo(approved);
		}
	}

	@Test
	void aHundredApprovalsRacingForCapacityThatFitsTenGiveExactlyTenGuarantees() throws Exception {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(1_000_000_000), Won.of(10_000_000_000L));
		List<ApplicationId> ids = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			ids.add(fixtures.submitted(programme, ONE_EOK));
		}
		List<Callable<Object>> approvals = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			ApplicationId id = ids.get(i);
			long version = fixtures.version(id);
			SignedInUser decider = i % 2 == 0 ? reviewer : approver;
			approvals.add(() -> decisions.approve(decider, id, version,
					new ApprovalTerms(ONE_EOK, Percentage.of("100"), Percentage.of("1"), null), "승인")
				.guarantee()
				.orElseThrow());
		}

		List<Object> outcomes = race(approvals);

		assertThat(outcomes).filteredOn(Guarantee.class::isInstance).hasSize(10);
		assertThat(outcomes).filteredOn(outcome -> !(outcome instanceof Guarantee))
			.hasSize(90)
			.allSatisfy(problem -> assertThat(problem).isInstanceOf(CapacityExceededException.class));
		assertThat(outcomes).filteredOn(Guarantee.class::isInstance)
			.extracting(outcome -> ((Guarantee) outcome).number())
			.doesNotHaveDuplicates();
		assertThat(ledger.position(programme).committed()).isEqualTo(Won.of(1_000_000_000));
		assertThat(ledger.position(programme).remaining()).isEqualTo(Won.ZERO);
		assertThat(jdbc.sql("select coalesce(sum(reserved_won), 0) from capacity_reservation r join programme p "
				+ "on p.id = r.programme_id where p.code = :code and r.released_at is null")
			.param("code", programme.value())
			.query(Long.class)
			.single()).isEqualTo(1_000_000_000L);
		assertThat(ids.stream().map(fixtures::status).filter("APPROVED"::equals).count()).isEqualTo(10);
		assertThat(ids.stream().map(fixtures::status).filter("SUBMITTED"::equals).count()).isEqualTo(90);
	}

	/**
	 * Runs the tasks at once, released together, and gives each one's result or the exception it threw.
	 */
	private static List<Object> race(List<Callable<Object>> tasks) throws Exception {
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
