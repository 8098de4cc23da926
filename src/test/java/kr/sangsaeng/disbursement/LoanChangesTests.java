package kr.sangsaeng.disbursement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.CertificateDeliveries;
import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.notification.Notification;
import kr.sangsaeng.notification.Notifications;
import kr.sangsaeng.program.BenefitPot;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.GuaranteeLimits;
import kr.sangsaeng.program.Pots;
import kr.sangsaeng.program.PotDraw;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeDraft;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.ProgrammeTerms;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.Guarantees;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@SangsaengTest
class LoanChangesTests {

	private static final Won FIVE_EOK = Won.of(500_000_000);

	private static final BankCode WOORI = new BankCode("WOORI");

	private static final BankCode IBK = new BankCode("IBK");

	@Autowired
	LoanChanges changes;

	@Autowired
	Loans loans;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	Pots pots;

	@Autowired
	Guarantees guarantees;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	Accounts accounts;

	@Autowired
	CertificateDeliveries deliveries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Test
	void anAmountLoweredBelowTheThresholdIsDecidedByOneReviewerAndTheLedgerGivesBackTheDifference() {
		ProgrammeCode programme = programme(Won.of(10_000_000_000L));
		Loan loan = readyLoan(programme, FIVE_EOK, WOORI);
		SignedInUser sme = smeOf(loan);
		pay(loan, WOORI, Won.of(100_000_000));

		assertThatThrownBy(() -> changes.request(sme, loan.id(), lower(Won.of(600_000_000))))
			.isInstanceOfSatisfying(LoanRuleException.class,
					refused -> assertThat(refused.field()).isEqualTo("newAmountWon"));
		assertThatThrownBy(() -> changes.request(sme, loan.id(), lower(Won.of(50_000_000))))
			.isInstanceOfSatisfying(LoanRuleException.class, refused -> {
				assertThat(refused.field()).isEqualTo("newAmountWon");
				assertThat(refused.messageKey()).isEqualTo("loanChange.rule.amountBelowDisbursed");
			});
		assertThatThrownBy(() -> changes.request(sme, loan.id(),
				new LoanChanges.Request(LoanChangeKind.AMOUNT_DOWN, Won.of(300_000_000), null, null, " ")))
			.isInstanceOfSatisfying(LoanRuleException.class, refused -> assertThat(refused.field()).isEqualTo("reason"));

		LoanChange requested = changes.request(sme, loan.id(), lower(Won.of(300_000_000)));
		assertThatThrownBy(() -> changes.request(sme, loan.id(), lower(Won.of(200_000_000))))
			.isInstanceOfSatisfying(LoanRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("loanChange.rule.alreadyOpen"));
		Won committedBefore = ledger.position(programme).committed();
		Won capacityBefore = ledger.position(programme).capacity();

		LoanChange approved = changes.approve(staff("kodit.reviewer"), requested.id());

		assertThat(approved.status()).isEqualTo(LoanChangeStatus.APPROVED);
		assertThat(approved.decidedBy()).isEqualTo("kodit.reviewer");
		assertThat(ledger.position(programme).committed()).isEqualTo(committedBefore.minus(Won.of(200_000_000)));
		assertThat(ledger.reservation(loan.id()).orElseThrow().reserved()).isEqualTo(Won.of(300_000_000));
		assertThat(ledger.position(programme).capacity()).as("a lowered loan gives back commitment, not capacity")
			.isEqualTo(capacityBefore);
		Loan after = loans.find(WOORI, loan.id()).orElseThrow();
		assertThat(after.approved()).isEqualTo(Won.of(300_000_000));
		assertThat(after.remaining()).isEqualTo(Won.of(200_000_000));
		assertThat(guarantees.ofApplication(loan.id()).orElseThrow().loanAmount()).isEqualTo(Won.of(300_000_000));
		assertThat(applications.details(loan.id()).orElseThrow().application().approvedAmount())
			.isEqualTo(Won.of(300_000_000));
		assertThat(changes.history(sme, loan.id())).extracting(LoanChange::status)
			.containsExactly(LoanChangeStatus.APPROVED);
		assertThat(audited(loan.id(), "loan-change.requested")).isEqualTo(1);
		assertThat(audited(loan.id(), "loan-change.approved")).isEqualTo(1);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> notifications.recent(loan.organisationId())
				.stream()
				.anyMatch(notice -> Notification.LOAN_CHANGE_APPROVED.equals(notice.kind())
						&& Long.valueOf(loan.id().value()).equals(notice.applicationId())));
	}

	@Test
	void aTermExtensionAboveTheThresholdTakesASecondPersonAndNeverTheSameOneTwice() {
		ProgrammeCode programme = programme(Won.of(100_000_000));
		Loan loan = readyLoan(programme, FIVE_EOK, WOORI);
		SignedInUser bank = staff("woori.officer");

		assertThatThrownBy(() -> changes.request(bank, loan.id(), extend(61)))
			.isInstanceOfSatisfying(LoanRuleException.class, refused -> {
				assertThat(refused.field()).isEqualTo("newTermMonths");
				assertThat(refused.messageKey()).isEqualTo("loanChange.rule.termAboveMaximum");
			});
		assertThatThrownBy(() -> changes.request(bank, loan.id(), extend(36)))
			.isInstanceOfSatisfying(LoanRuleException.class,
					refused -> assertThat(refused.field()).isEqualTo("newTermMonths"));

		LoanChange requested = changes.request(bank, loan.id(), extend(48));
		LoanChange recommended = changes.approve(staff("kodit.approver"), requested.id());

		assertThat(recommended.status()).isEqualTo(LoanChangeStatus.RECOMMENDED);
		assertThat(guarantees.ofApplication(loan.id()).orElseThrow().termMonths()).isEqualTo(36);
		assertThatThrownBy(() -> changes.confirm(staff("kodit.approver"), requested.id()))
			.isInstanceOfSatisfying(LoanRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("loanChange.rule.ownRecommendation"));
		assertThatThrownBy(() -> changes.confirm(staff("kodit.reviewer"), requested.id()))
			.isInstanceOfSatisfying(LoanRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("loanChange.rule.approverOnly"));
		assertThatThrownBy(() -> changes.reject(staff("kodit.approver"), requested.id(), ""))
			.isInstanceOfSatisfying(LoanRuleException.class,
					refused -> assertThat(refused.field()).isEqualTo("rejectionReason"));
		assertThat(guarantees.ofApplication(loan.id()).orElseThrow().termMonths()).isEqualTo(36);

		LoanChange rejected = changes.reject(staff("kodit.approver"), requested.id(), "상환 계획이 확인되지 않습니다");
		assertThat(rejected.status()).isEqualTo(LoanChangeStatus.REJECTED);
		assertThat(changes.request(bank, loan.id(), extend(40)).status()).isEqualTo(LoanChangeStatus.REQUESTED);
	}

	@Test
	void aRecommendedExtensionConfirmedByAnApproverLengthensTheGuaranteeWithoutMovingCapacity() {
		ProgrammeCode programme = programme(Won.of(100_000_000));
		Loan loan = readyLoan(programme, FIVE_EOK, WOORI);
		Won committed = ledger.position(programme).committed();
		LoanChange requested = changes.request(smeOf(loan), loan.id(), extend(60));

		changes.approve(staff("kodit.reviewer"), requested.id());
		LoanChange approved = changes.confirm(staff("kodit.approver"), requested.id());

		assertThat(approved.status()).isEqualTo(LoanChangeStatus.APPROVED);
		assertThat(approved.recommendedBy()).isEqualTo("kodit.reviewer");
		assertThat(guarantees.ofApplication(loan.id()).orElseThrow().termMonths()).isEqualTo(60);
		assertThat(guarantees.ofApplication(loan.id()).orElseThrow().validUntil())
			.isEqualTo(guarantees.ofApplication(loan.id()).orElseThrow().validFrom().plusMonths(60));
		assertThat(ledger.position(programme).committed()).isEqualTo(committed);
		assertThat(loans.find(WOORI, loan.id()).orElseThrow().approved()).isEqualTo(FIVE_EOK);
	}

	@Test
	void aBankChangeBeforeAnyPaymentMovesTheLoanAndTheNewBankAcknowledgesTheCertificateAgain() {
		ProgrammeCode programme = programme(Won.of(10_000_000_000L));
		Loan loan = readyLoan(programme, FIVE_EOK, WOORI);
		SignedInUser sme = smeOf(loan);

		assertThatThrownBy(() -> changes.request(sme, loan.id(), moveTo(new BankCode("KB"))))
			.isInstanceOfSatisfying(LoanRuleException.class,
					refused -> assertThat(refused.field()).isEqualTo("newBankCode"));
		LoanChange requested = changes.request(sme, loan.id(), moveTo(IBK));
		assertThat(changes.approve(staff("kodit.reviewer"), requested.id()).status())
			.isEqualTo(LoanChangeStatus.RECOMMENDED);
		changes.confirm(staff("kodit.approver"), requested.id());

		assertThat(loans.find(WOORI, loan.id())).isEmpty();
		Loan moved = loans.find(IBK, loan.id()).orElseThrow();
		assertThat(moved.hasCertificate()).isTrue();
		assertThat(moved.isCertificateAcknowledged()).isFalse();
		assertThat(guarantees.ofApplication(loan.id()).orElseThrow().bankCode()).isEqualTo(IBK);
		assertThatThrownBy(() -> pay(loan, IBK, Won.of(1_000_000)))
			.isInstanceOf(CertificateNotAcknowledgedException.class);
		loans.acknowledgeCertificate(IBK, loan.id(), Actor.person("ibk.officer", Role.BANK_OFFICER));
		pay(loan, IBK, Won.of(1_000_000));

		assertThatThrownBy(() -> changes.request(staff("ibk.officer"), loan.id(), moveTo(WOORI)))
			.isInstanceOfSatisfying(LoanRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("loanChange.rule.bankAfterDisbursement"));
	}

	@Test
	void anotherSmeBankOrAgencyFindsNoLoanAndARejectionKeepsEverything() {
		ProgrammeCode programme = programme(Won.of(10_000_000_000L));
		Loan loan = readyLoan(programme, FIVE_EOK, WOORI);
		Loan other = readyLoan(programme, FIVE_EOK, WOORI);

		assertThatThrownBy(() -> changes.request(smeOf(other), loan.id(), lower(Won.of(300_000_000))))
			.isInstanceOf(LoanNotFoundException.class);
		assertThatThrownBy(() -> changes.request(staff("ibk.officer"), loan.id(), lower(Won.of(300_000_000))))
			.isInstanceOf(LoanNotFoundException.class);
		assertThatThrownBy(() -> changes.request(staff("kodit.reviewer"), loan.id(), lower(Won.of(300_000_000))))
			.isInstanceOf(LoanNotFoundException.class);
		LoanChange requested = changes.request(smeOf(loan), loan.id(), lower(Won.of(300_000_000)));
		assertThatThrownBy(() -> changes.approve(staff("ksure.reviewer"), requested.id()))
			.isInstanceOf(LoanNotFoundException.class);
		assertThatThrownBy(() -> changes.history(smeOf(other), loan.id())).isInstanceOf(LoanNotFoundException.class);

		LoanChange rejected = changes.reject(staff("kodit.reviewer"), requested.id(), "매출 계획상 감액 사유가 부족합니다");

		assertThat(rejected.status()).isEqualTo(LoanChangeStatus.REJECTED);
		assertThat(rejected.rejectionReason()).isEqualTo("매출 계획상 감액 사유가 부족합니다");
		assertThat(loans.find(WOORI, loan.id()).orElseThrow().approved()).isEqualTo(FIVE_EOK);
		assertThatThrownBy(() -> changes.approve(staff("kodit.reviewer"), requested.id()))
			.isInstanceOfSatisfying(LoanRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("loanChange.rule.decidedAlready"));
		assertThat(audited(loan.id(), "loan-change.rejected")).isEqualTo(1);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> notifications.recent(loan.organisationId())
				.stream()
				.anyMatch(notice -> Notification.LOAN_CHANGE_REJECTED.equals(notice.kind())));
	}

	@Test
	void thePotsFollowTheChangeAndAnExtensionThePotCannotPayIsRefused() {
		ProgrammeCode programme = programme(Won.of(10_000_000_000L));
		jdbc.sql("update agreement set interest_subsidy_won = 25000000 where programme_id = "
				+ "(select id from programme where code = :code)")
			.param("code", programme.value())
			.update();
		Loan loan = readyLoan(programme, FIVE_EOK, WOORI);
		assertThat(interestDrawn(loan.id())).isEqualTo(Won.of(22_500_000));

		LoanChange extension = changes.request(smeOf(loan), loan.id(), extend(60));
		assertThatThrownBy(() -> changes.approve(staff("kodit.reviewer"), extension.id()))
			.isInstanceOfSatisfying(LoanRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("loanChange.rule.potCannotPay"));
		assertThat(guarantees.ofApplication(loan.id()).orElseThrow().termMonths()).isEqualTo(36);
		assertThat(interestDrawn(loan.id())).isEqualTo(Won.of(22_500_000));
		changes.reject(staff("kodit.reviewer"), extension.id(), "이자지원 재원이 부족합니다");

		LoanChange lowered = changes.request(smeOf(loan), loan.id(), lower(Won.of(300_000_000)));
		changes.approve(staff("kodit.reviewer"), lowered.id());

		assertThat(interestDrawn(loan.id())).isEqualTo(Won.of(13_500_000));
		assertThat(jdbc.sql("select interest_subsidy_drawn_won from agreement where programme_id = "
				+ "(select id from programme where code = :code)")
			.param("code", programme.value())
			.query(Long.class)
			.single()).isEqualTo(13_500_000L);
	}

	@Test
	void twoApprovalsOfTheSameChangeAtOnceApplyItOnce() throws Exception {
		ProgrammeCode programme = programme(Won.of(10_000_000_000L));
		Loan loan = readyLoan(programme, FIVE_EOK, WOORI);
		LoanChange requested = changes.request(smeOf(loan), loan.id(), lower(Won.of(300_000_000)));
		Won committed = ledger.position(programme).committed();

		List<Object> outcomes = LoansTests.race(List.of(
				() -> changes.approve(staff("kodit.reviewer"), requested.id()),
				() -> changes.approve(staff("kodit.approver"), requested.id())));

		assertThat(outcomes).filteredOn(LoanChange.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(LoanRuleException.class::isInstance).hasSize(1);
		assertThat(ledger.position(programme).committed()).isEqualTo(committed.minus(Won.of(200_000_000)));
		assertThat(ledger.reservation(loan.id()).orElseThrow().reserved()).isEqualTo(Won.of(300_000_000));
		assertThat(audited(loan.id(), "loan-change.approved")).isEqualTo(1);
	}

	@Test
	void aChangeAndAPaymentAtOnceNeverLeaveMorePaidOutThanApproved() throws Exception {
		ProgrammeCode programme = programme(Won.of(10_000_000_000L));
		for (int round = 0; round < 4; round++) {
			Loan loan = readyLoan(programme, FIVE_EOK, WOORI);
			LoanChange requested = changes.request(smeOf(loan), loan.id(), lower(Won.of(200_000_000)));
			SignedInUser reviewer = staff("kodit.reviewer");
			List<Callable<Object>> tasks = new ArrayList<>();
			tasks.add(() -> changes.approve(reviewer, requested.id()));
			tasks.add(() -> pay(loan, WOORI, Won.of(400_000_000)));

			List<Object> outcomes = LoansTests.race(tasks);

			assertThat(outcomes).filteredOn(RuntimeException.class::isInstance).hasSize(1);
			Loan after = loans.find(WOORI, loan.id()).orElseThrow();
			assertThat(after.disbursed().isGreaterThan(after.approved())).isFalse();
			CapacityLedger.Reservation reservation = ledger.reservation(loan.id()).orElseThrow();
			assertThat(reservation.reserved()).isEqualTo(after.approved());
			assertThat(reservation.consumed()).isEqualTo(after.disbursed());
		}
	}

	private ProgrammeCode programme(Won fourEyesThreshold) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		ProgrammeTerms terms = new ProgrammeTerms(Won.of(10_000_000), Won.of(50_000_000_000L), null, 60,
				Percentage.of("100"), Percentage.of("1"),
				new GuaranteeLimits(Percentage.of("80"), Percentage.of("100"), Percentage.of("0.5"), Percentage.of("2")),
				Percentage.of("50"), new BigDecimal("1.5"), fourEyesThreshold, now.minus(1, ChronoUnit.DAYS),
				now.plus(90, ChronoUnit.DAYS), false, Set.of(IndustrySection.C, IndustrySection.G));
		ProgrammeDraft draft = new ProgrammeDraft(new LocalizedName("변경 시험", "Change test"),
				new LocalizedName("시험용", "For tests"), List.of("KODIT"), List.of("WOORI", "IBK"),
				List.of(new ProgrammeDraft.FunderShare("HYUNDAI", Won.of(5_000_000_000L))), terms);
		ProgrammeCode code = TestProgrammes.uniqueCode("CH");
		administration.create(code, draft, Won.of(50_000_000_000L), "admin");
		administration.moveTo(code, ProgrammeStatus.OPEN, "admin");
		return code;
	}

	/**
	 * A new SME's loan for 36 months, approved by KODIT at 100 % and 1 %, its certificate acknowledged by the bank.
	 */
	private Loan readyLoan(ProgrammeCode programme, Won amount, BankCode bank) {
		Applicant sme = TestSmes.newSme(jdbc);
		TestSmes.openAccount(jdbc, sme, "{noop}unused", "김대표", "ko");
		ApplicationId id = applications.startDraft(sme, programme, new ApplicationContent(amount,
				LoanPurpose.FACILITIES, 36, bank, "설비 도입 자금으로 생산 능력을 늘리고 매출로 상환합니다."));
		TestChecklists.complete(applications, sme, id, TestSmes.businessPlan());
		applications.submit(sme, id);
		decisions.approve(staff("kodit.reviewer"), id, TestSmes.version(applications, id),
				new ApprovalTerms(amount, Percentage.of("100"), Percentage.of("1"), null), "승인");
		if (applications.details(id).orElseThrow().application().approvedAmount() == null) {
			decisions.confirm(staff("kodit.approver"), id, TestSmes.version(applications, id), "확인");
		}
		return deliveries.readyToPay(id);
	}

	private DisbursementRecorded pay(Loan loan, BankCode bank, Won amount) {
		return loans.pay(bank, loan.id(), amount, LocalDate.now(ZoneId.of("Asia/Seoul")),
				bank.value() + "-" + loan.id().value() + "-" + amount.value(),
				Actor.person(bank.value().toLowerCase() + ".officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);
	}

	private SignedInUser smeOf(Loan loan) {
		String username = jdbc.sql("select username from user_account where organisation_id = :organisation")
			.param("organisation", loan.organisationId())
			.query(String.class)
			.single();
		return staff(username);
	}

	private SignedInUser staff(String username) {
		return accounts.account(username).orElseThrow();
	}

	private long audited(ApplicationId id, String action) {
		return jdbc.sql("select count(*) from audit_entry where subject = :subject and action = :action")
			.param("subject", "application:" + id.value())
			.param("action", action)
			.query(Long.class)
			.single();
	}

	private Won interestDrawn(ApplicationId id) {
		return pots.drawsOf(id).stream()
			.filter(draw -> draw.pot() == BenefitPot.INTEREST_SUBSIDY)
			.map(PotDraw::drawn)
			.findFirst()
			.orElse(Won.ZERO);
	}

	private static LoanChanges.Request lower(Won amount) {
		return new LoanChanges.Request(LoanChangeKind.AMOUNT_DOWN, amount, null, null, "매출 감소로 필요 자금이 줄었습니다");
	}

	private static LoanChanges.Request extend(int months) {
		return new LoanChanges.Request(LoanChangeKind.TERM_EXTENSION, null, months, null, "설비 도입 일정이 늦어졌습니다");
	}

	private static LoanChanges.Request moveTo(BankCode bank) {
		return new LoanChanges.Request(LoanChangeKind.BANK_CHANGE, null, null, bank, "거래 은행을 옮깁니다");
	}

}
