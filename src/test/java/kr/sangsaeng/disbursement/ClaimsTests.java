package kr.sangsaeng.disbursement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.notification.Notification;
import kr.sangsaeng.notification.Notifications;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@SangsaengTest
class ClaimsTests {

	private static final Won FIVE_EOK = Won.of(500_000_000);

	private static final BankCode WOORI = new BankCode("WOORI");

	private static final Actor OFFICER = Actor.person("woori.officer", Role.BANK_OFFICER);

	@Autowired
	Claims claims;

	@Autowired
	Loans loans;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	LoanFixtures fixtures;

	ProgrammeCode programme;

	LocalDate today;

	SignedInUser reviewer;

	SignedInUser approver;

	@BeforeEach
	void setUp() {
		programme = fixtures.programme(Won.of(10_000_000_000L));
		today = LocalDate.now(SeoulTime.ZONE);
		reviewer = accounts.account("kodit.reviewer").orElseThrow();
		approver = accounts.account("kodit.approver").orElseThrow();
	}

	@Test
	void theBankClaimsTheGuaranteedShareAndTheAgencyPaysItWithFourEyes() {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 85);

		Claim filed = claims.file(WOORI, id, Won.of(400_000_000), Won.of(340_000_000), today.minusDays(3), "WR-C-1",
				OFFICER, DisbursementChannel.PAGE).claim();
		assertThat(filed.status()).isEqualTo(ClaimStatus.FILED);

		claims.recommend(reviewer, filed.id(), Won.of(340_000_000), null);
		assertThatThrownBy(() -> claims.pay(reviewer, filed.id(), today)).isInstanceOf(LoanRuleException.class)
			.extracting("messageKey").isEqualTo("claim.rule.approverOnly");
		Claim paid = claims.pay(approver, filed.id(), today);

		assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
		assertThat(paid.paid()).isEqualTo(Won.of(340_000_000));
		assertThat(paid.paidOn()).isEqualTo(today);
		assertThat(paid.recommendedBy()).isEqualTo("kodit.reviewer");
		assertThat(paid.approvedBy()).isEqualTo("kodit.approver");
		assertThat(actions(id)).containsExactly("claim.filed", "claim.recommended", "claim.paid");
		long sme = loans.ofApplication(id).orElseThrow().organisationId();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> notifications.recent(sme)
				.stream()
				.anyMatch(notice -> Notification.GUARANTEE_CLAIM_PAID.equals(notice.kind())
						&& Long.valueOf(id.value()).equals(notice.applicationId())));
	}

	@Test
	void aClaimAboveTheRatioTimesTheLossIsRefusedAndNothingIsFiled() {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 85);

		assertThatThrownBy(() -> claims.file(WOORI, id, Won.of(400_000_000), Won.of(340_000_001), today, "WR-C-2",
				OFFICER, DisbursementChannel.PAGE))
			.isInstanceOf(LoanRuleException.class)
			.extracting("field", "messageKey")
			.containsExactly("claimedWon", "claim.rule.aboveGuaranteedShare");
		assertThatThrownBy(() -> claims.file(WOORI, id, Won.of(500_000_001), Won.of(1_000), today, "WR-C-2", OFFICER,
				DisbursementChannel.PAGE))
			.extracting("field", "messageKey")
			.containsExactly("coveredLossWon", "claim.rule.lossAboveDisbursed");
		assertThat(claims.ofLoan(id)).isEmpty();
	}

	@Test
	void onlyADefaultedLoanOfTheBanksOwnCanBeClaimedOn() {
		ApplicationId current = fixtures.guaranteedLoan(programme, FIVE_EOK);
		loans.pay(WOORI, current, FIVE_EOK, today, "WR-" + current.value(), OFFICER, DisbursementChannel.PAGE);

		assertThatThrownBy(() -> claims.file(WOORI, current, Won.of(1_000_000), Won.of(1_000_000), today, "R",
				OFFICER, DisbursementChannel.PAGE))
			.isInstanceOf(ClaimConflictException.class)
			.extracting("messageKey")
			.isEqualTo("claim.rule.notDefaulted");
		ApplicationId defaulted = fixtures.defaultedLoan(programme, FIVE_EOK, 100);
		assertThatThrownBy(() -> claims.file(new BankCode("IBK"), defaulted, Won.of(1_000_000), Won.of(1_000_000),
				today, "R", OFFICER, DisbursementChannel.PAGE))
			.isInstanceOf(LoanNotFoundException.class);
	}

	@Test
	void theSameClaimAgainIsTheFirstAndAnotherWhileOneStandsIsAConflict() {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 100);
		Claims.Filing first = claims.file(WOORI, id, Won.of(300_000_000), Won.of(300_000_000), today, "WR-C-3",
				OFFICER, DisbursementChannel.API);

		Claims.Filing again = claims.file(WOORI, id, Won.of(300_000_000), Won.of(300_000_000), today, "WR-C-3",
				OFFICER, DisbursementChannel.API);

		assertThat(again.filed()).isFalse();
		assertThat(again.claim().id()).isEqualTo(first.claim().id());
		assertThatThrownBy(() -> claims.file(WOORI, id, Won.of(300_000_000), Won.of(200_000_000), today, "WR-C-4",
				OFFICER, DisbursementChannel.API))
			.isInstanceOf(ClaimConflictException.class)
			.extracting("messageKey")
			.isEqualTo("claim.rule.standing");

		claims.reject(approver, first.claim().id(), "손실 증빙이 없습니다.");
		Claims.Filing renewed = claims.file(WOORI, id, Won.of(300_000_000), Won.of(200_000_000), today, "WR-C-4",
				OFFICER, DisbursementChannel.API);
		assertThat(renewed.filed()).isTrue();
		assertThat(claims.ofLoan(id)).extracting(Claim::status)
			.containsExactly(ClaimStatus.FILED, ClaimStatus.REJECTED);
	}

	@Test
	void theSamePersonCannotRecommendAndApproveAndLessIsPaidOnlyWithAReason() {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 80);
		long claim = claims.file(WOORI, id, Won.of(500_000_000), Won.of(400_000_000), today, "WR-C-5", OFFICER,
				DisbursementChannel.PAGE).claim().id();

		assertThatThrownBy(() -> claims.recommend(approver, claim, Won.of(300_000_000), " "))
			.extracting("field", "messageKey")
			.containsExactly("note", "claim.rule.reasonForLess");
		assertThatThrownBy(() -> claims.recommend(approver, claim, Won.of(400_000_001), null))
			.extracting("field", "messageKey")
			.containsExactly("amountWon", "claim.rule.aboveClaimed");
		claims.recommend(approver, claim, Won.of(300_000_000), "담보 처분액 1억 원을 뺐습니다.");

		assertThatThrownBy(() -> claims.pay(approver, claim, today)).isInstanceOf(LoanRuleException.class)
			.extracting("messageKey").isEqualTo("claim.rule.ownRecommendation");
		assertThat(claims.ofLoan(id)).singleElement().satisfies(standing -> {
			assertThat(standing.status()).isEqualTo(ClaimStatus.RECOMMENDED);
			assertThat(standing.recommended()).isEqualTo(Won.of(300_000_000));
			assertThat(standing.paid()).isNull();
		});
	}

	@Test
	void anotherAgencysStaffDoNotFindTheClaim() {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 100);
		long claim = claims.file(WOORI, id, Won.of(100_000_000), Won.of(100_000_000), today, "WR-C-6", OFFICER,
				DisbursementChannel.PAGE).claim().id();

		SignedInUser kibo = accounts.account("kibo.approver").orElseThrow();
		assertThatThrownBy(() -> claims.recommend(kibo, claim, Won.of(100_000_000), null))
			.isInstanceOf(ClaimNotFoundException.class);
		assertThat(claims.queue(kibo.organisation().agencyCode())).noneMatch(entry -> entry.claim().id() == claim);
		assertThat(claims.queue(approver.organisation().agencyCode())).anyMatch(entry -> entry.claim().id() == claim);
	}

	@Test
	void recoveriesAreRecordedAfterThePaymentAndNeverExceedIt() {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 100);
		long claim = paidClaim(id, Won.of(200_000_000));

		claims.recordRecovery(reviewer, claim, Won.of(50_000_000), today);
		claims.recordRecovery(WOORI, id, Won.of(30_000_000), today, OFFICER);

		assertThatThrownBy(() -> claims.recordRecovery(reviewer, claim, Won.of(120_000_001), today))
			.extracting("field", "messageKey")
			.containsExactly("amountWon", "claim.rule.recoveryAbovePaid");
		Claim recovered = claims.ofLoan(id).get(0);
		assertThat(recovered.recovered()).isEqualTo(Won.of(80_000_000));
		assertThat(recovered.unrecovered()).isEqualTo(Won.of(120_000_000));
		assertThat(recovered.recoveries()).extracting(ClaimRecovery::recordedBy)
			.containsExactly("kodit.reviewer", "woori.officer");
		assertThat(actions(id)).filteredOn("claim.recovery-recorded"::equals).hasSize(2);
	}

	@Test
	void recoveriesWaitForThePayment() {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 100);
		long claim = claims.file(WOORI, id, Won.of(100_000_000), Won.of(100_000_000), today, "WR-C-7", OFFICER,
				DisbursementChannel.PAGE).claim().id();

		assertThatThrownBy(() -> claims.recordRecovery(reviewer, claim, Won.of(1_000), today))
			.extracting("messageKey")
			.isEqualTo("claim.rule.recoveryUnpaid");
	}

	@Test
	void fiftyParallelFilingsOfOneClaimFileOne() throws Exception {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 85);
		List<Callable<Object>> filings = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			filings.add(() -> claims.file(WOORI, id, Won.of(400_000_000), Won.of(340_000_000), today, "WR-C-RACE",
					OFFICER, DisbursementChannel.API));
		}

		List<Object> outcomes = LoansTests.race(filings);

		assertThat(outcomes).allMatch(Claims.Filing.class::isInstance);
		assertThat(outcomes).filteredOn(outcome -> ((Claims.Filing) outcome).filed()).hasSize(1);
		assertThat(claims.ofLoan(id)).hasSize(1);
		assertThat(actions(id)).filteredOn("claim.filed"::equals).hasSize(1);
	}

	@Test
	void twoApproversPayingAtOncePayOnce() throws Exception {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 100);
		long claim = claims.file(WOORI, id, Won.of(300_000_000), Won.of(300_000_000), today, "WR-C-8", OFFICER,
				DisbursementChannel.PAGE).claim().id();
		claims.recommend(reviewer, claim, Won.of(300_000_000), null);
		SignedInUser colleague = new SignedInUser(approver.accountId(), "kodit.approver.second", "", "두번째 결재자",
				Role.AGENCY_APPROVER, approver.organisation(), true);
		List<Callable<Object>> approvals = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			SignedInUser who = i % 2 == 0 ? approver : colleague;
			approvals.add(() -> claims.pay(who, claim, today));
		}

		List<Object> outcomes = LoansTests.race(approvals);

		assertThat(outcomes).filteredOn(Claim.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(LoanRuleException.class::isInstance)
			.allSatisfy(refused -> assertThat(((LoanRuleException) refused).messageKey())
				.isEqualTo("claim.rule.nothingToApprove"));
		assertThat(claims.ofLoan(id).get(0).paid()).isEqualTo(Won.of(300_000_000));
		assertThat(actions(id)).filteredOn("claim.paid"::equals).hasSize(1);
	}

	private long paidClaim(ApplicationId id, Won amount) {
		long claim = claims.file(WOORI, id, amount, amount, today, "WR-P-" + id.value(), OFFICER,
				DisbursementChannel.PAGE).claim().id();
		claims.recommend(reviewer, claim, amount, null);
		claims.pay(approver, claim, today);
		return claim;
	}

	private List<String> actions(ApplicationId id) {
		return jdbc.sql("select action from audit_entry where subject = :subject and action like 'claim.%' order by sequence_number")
			.param("subject", "application:" + id.value())
			.query(String.class)
			.list();
	}

}
