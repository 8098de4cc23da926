package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SangsaengTest
class ContributionsTests {

	private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

	private static final BigDecimal TWELVE_AND_A_HALF = new BigDecimal("12.5");

	@Autowired
	Contributions contributions;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	Pots pots;

	@Autowired
	ProgrammeCatalogue catalogue;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSeededAgreementsCapacitiesAreWhatTheirSpecialContributionsBack() {
		for (String code : List.of("HMG-KB-WOORI", "POSCOINTL-KODIT", "POSCO-IBK-KSURE")) {
			ProgrammeSummary programme = catalogue.find(new ProgrammeCode(code)).orElseThrow();
			List<Contribution> recorded = contributions.of(programme.code());
			for (Agreement agreement : programme.agreements()) {
				List<Contribution> own = recorded.stream().filter(c -> c.agreement().equals(agreement.code())).toList();
				assertThat(own).isNotEmpty().allMatch(Contribution::illustrative);
				assertThat(agreement.funding().followsContributions()).isTrue();
				assertThat(agreement.capacityUnit()).isEqualTo(CapacityUnit.LOAN);
				long backed = own.stream().mapToLong(c -> c.backs().value()).sum();
				assertThat(agreement.capacity().value()).isEqualTo(backed);
				assertThat(agreement.contributed().value())
					.isEqualTo(own.stream().mapToLong(c -> c.amount().value()).sum());
				assertThat(agreement.funding().feeSupport().funded().value()).isEqualTo(own.stream()
					.filter(c -> c.kind() == ContributionKind.FEE_SUPPORT)
					.mapToLong(c -> c.amount().value())
					.sum());
			}
		}
		ProgrammeSummary hmg = catalogue.find(new ProgrammeCode("HMG-KB-WOORI")).orElseThrow();
		assertThat(hmg.capacity()).isEqualTo(Won.of(1_300_000_000_000L));
	}

	@Test
	void aSpecialContributionRaisesTheCapacityOfAnAgreementThatFollowsContributionsByItsMultiple() {
		ProgrammeCode programme = newProgramme("KODIT", "KIBO");
		AgreementCode kibo = new AgreementCode(programme.value() + "-KIBO");
		contributions.record(kibo, "HYUNDAI", ContributionKind.SPECIAL, Won.of(40_000_000), RECEIVED,
				TWELVE_AND_A_HALF, "admin");
		ledger.followContributions(kibo, "특별출연으로 한도 산정", "admin");

		boolean followed = contributions.record(kibo, "HYUNDAI", ContributionKind.SPECIAL, Won.of(8_000_000), RECEIVED,
				TWELVE_AND_A_HALF, "admin");

		assertThat(followed).isTrue();
		assertThat(ledger.position(kibo).capacity()).isEqualTo(Won.of(600_000_000));
		assertThat(ledger.position(programme).capacity()).isEqualTo(Won.of(1_600_000_000));
		assertThat(ledger.entries(kibo)).extracting(CapacityLedgerEntry::kind).containsExactly("INCREASE", "CONTRIBUTION");
		Agreement agreement = agreement(programme, kibo);
		assertThat(agreement.contributed()).isEqualTo(Won.of(48_000_000));
		assertThat(agreement.funding().source()).isEqualTo(CapacitySource.CONTRIBUTIONS);
	}

	@Test
	void aCapacitySetByHandStaysUntilTheAdministratorHasItFollowContributionsAgain() {
		ProgrammeCode programme = newProgramme("KODIT");
		AgreementCode kodit = new AgreementCode(programme.value() + "-KODIT");
		contributions.record(kodit, "HYUNDAI", ContributionKind.SPECIAL, Won.of(100_000_000), RECEIVED,
				TWELVE_AND_A_HALF, "admin");
		assertThat(ledger.position(kodit).capacity()).isEqualTo(Won.of(1_000_000_000));
		assertThat(agreement(programme, kodit).funding().source()).isEqualTo(CapacitySource.STATED);

		ledger.followContributions(kodit, "협약서가 특별출연의 12.5배를 정함", "admin");
		assertThat(ledger.position(kodit).capacity()).isEqualTo(Won.of(1_250_000_000));
		ledger.change(kodit, CapacityChange.DECREASE, Won.of(50_000_000), "협약서에 고정 금액", "admin");
		contributions.record(kodit, "HYUNDAI", ContributionKind.SPECIAL, Won.of(100_000_000), RECEIVED,
				TWELVE_AND_A_HALF, "admin");

		assertThat(ledger.position(kodit).capacity()).isEqualTo(Won.of(1_200_000_000));
		assertThat(agreement(programme, kodit).funding().source()).isEqualTo(CapacitySource.STATED);
		ledger.followContributions(kodit, "다시 출연 기준", "admin");
		assertThat(ledger.position(kodit).capacity()).isEqualTo(Won.of(2_500_000_000L));
		assertThat(ledger.position(programme).capacity()).isEqualTo(Won.of(2_500_000_000L));
	}

	@Test
	void onlyAFunderOfTheAgreementCanBeNamedAndNothingIsRecordedOtherwise() {
		ProgrammeCode programme = newProgramme("KODIT");
		AgreementCode kodit = new AgreementCode(programme.value() + "-KODIT");

		assertThatThrownBy(() -> contributions.record(kodit, "POSCO", ContributionKind.FEE_SUPPORT, Won.of(1_000_000),
				RECEIVED, null, "admin"))
			.isInstanceOfSatisfying(ProgrammeRuleException.class, refused -> {
				assertThat(refused.field()).isEqualTo("funder");
				assertThat(refused.messageKey()).isEqualTo("contribution.rule.notAFunder");
			});
		assertThat(contributions.of(programme)).isEmpty();
		assertThat(agreement(programme, kodit).funding().feeSupport().funded()).isEqualTo(Won.ZERO);
	}

	@Test
	void contributionsToThePotsFillThemAndTheApiAddsEveryKindUp() {
		ProgrammeCode programme = newProgramme("KODIT");
		AgreementCode kodit = new AgreementCode(programme.value() + "-KODIT");
		contributions.record(kodit, "HYUNDAI", ContributionKind.FEE_SUPPORT, Won.of(3_000_000), RECEIVED, null, "admin");
		contributions.record(kodit, "HYUNDAI", ContributionKind.INTEREST_SUBSIDY, Won.of(5_000_000), RECEIVED, null,
				"admin");

		Agreement agreement = agreement(programme, kodit);
		assertThat(agreement.funding().feeSupport()).isEqualTo(new Pot(Won.of(3_000_000), Won.ZERO));
		assertThat(agreement.funding().interestSubsidy()).isEqualTo(new Pot(Won.of(5_000_000), Won.ZERO));
		assertThat(agreement.contributed()).isEqualTo(Won.of(8_000_000));
		assertThat(agreement.capacity()).isEqualTo(Won.of(1_000_000_000));
	}

	@Test
	void concurrentReservationsOnAGuaranteeUnitAgreementNeverCommitMoreGuaranteesThanItsCapacity() throws Exception {
		ProgrammeCode programme = newProgramme("KODIT", "KIBO");
		AgreementCode kibo = new AgreementCode(programme.value() + "-KIBO");
		ledger.stateUnit(kibo, CapacityUnit.GUARANTEE);
		contributions.record(kibo, "HYUNDAI", ContributionKind.SPECIAL, Won.of(80_000_000), RECEIVED,
				TWELVE_AND_A_HALF, "admin");
		ledger.followContributions(kibo, "보증 금액 기준 협약", "admin");
		assertThat(ledger.position(kibo).capacity()).isEqualTo(Won.of(1_000_000_000));
		// each loan of 1억 원 guaranteed at 80 % takes 8,000만 원: twelve fit in 10억 원 of guarantees
		Percentage ratio = Percentage.of("80");
		int attempts = 30;
		CountDownLatch ready = new CountDownLatch(attempts);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		List<Future<Boolean>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < attempts; i++) {
				ApplicationId application = TestProgrammes.nextApplication();
				outcomes.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					try {
						ledger.reserve(kibo, application, Won.of(100_000_000), ratio);
						return true;
					}
					catch (CapacityExceededException full) {
						return false;
					}
				}));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			int succeeded = 0;
			for (Future<Boolean> outcome : outcomes) {
				if (outcome.get(60, TimeUnit.SECONDS)) {
					succeeded++;
				}
			}

			assertThat(succeeded).isEqualTo(12);
			assertThat(ledger.position(kibo)).isEqualTo(new CapacityPosition(Won.of(1_000_000_000),
					Won.of(960_000_000), Won.ZERO));
			assertThat(jdbc.sql("select count(*), sum(r.reserved_won), sum(r.guarantee_won), sum(r.loan_won) "
					+ "from capacity_reservation r join agreement a on a.id = r.agreement_id where a.code = :code")
				.param("code", kibo.value())
				.query((row, number) -> List.of(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)))
				.single()).containsExactly(12L, 960_000_000L, 960_000_000L, 1_200_000_000L);
			Agreement agreement = agreement(programme, kibo);
			assertThat(agreement.guaranteeCapacity()).isEqualTo(Won.of(1_000_000_000));
			assertThat(agreement.loanCapacity()).isEqualTo(Won.of(1_000_000_000));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void concurrentApprovalsNeverTakeAPotBelowZeroAndThoseItCannotPayGetNoSuchBenefit() throws Exception {
		ProgrammeCode programme = newProgramme("KODIT");
		AgreementCode kodit = new AgreementCode(programme.value() + "-KODIT");
		contributions.record(kodit, "HYUNDAI", ContributionKind.FEE_SUPPORT, Won.of(1_000_000), RECEIVED, null,
				"admin");
		int attempts = 20;
		CountDownLatch ready = new CountDownLatch(attempts);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		List<Future<List<PotDraw>>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < attempts; i++) {
				ApplicationId application = TestProgrammes.nextApplication();
				outcomes.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return pots.draw(kodit, application,
							Map.of(BenefitPot.FEE_SUPPORT, Won.of(150_000), BenefitPot.INTEREST_SUBSIDY, Won.of(90_000)));
				}));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<PotDraw> draws = new ArrayList<>();
			for (Future<List<PotDraw>> outcome : outcomes) {
				draws.addAll(outcome.get(60, TimeUnit.SECONDS));
			}

			assertThat(draws).hasSize(attempts).allMatch(draw -> draw.pot() == BenefitPot.FEE_SUPPORT);
			assertThat(draws.stream().filter(PotDraw::granted).count()).isEqualTo(6);
			assertThat(draws.stream().filter(draw -> !draw.granted())).allMatch(draw -> draw.drawn().isZero());
			Pot pot = agreement(programme, kodit).funding().feeSupport();
			assertThat(pot).isEqualTo(new Pot(Won.of(1_000_000), Won.of(900_000)));
			assertThat(pot.remaining()).isEqualTo(Won.of(100_000));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aPotThatHasRunOutStopsTheBenefitForTheNextApprovalOnly() {
		ProgrammeCode programme = newProgramme("KODIT");
		AgreementCode kodit = new AgreementCode(programme.value() + "-KODIT");
		contributions.record(kodit, "HYUNDAI", ContributionKind.INTEREST_SUBSIDY, Won.of(300_000), RECEIVED, null,
				"admin");
		ApplicationId first = TestProgrammes.nextApplication();
		ApplicationId second = TestProgrammes.nextApplication();

		assertThat(pots.draw(kodit, first, Map.of(BenefitPot.INTEREST_SUBSIDY, Won.of(300_000))))
			.containsExactly(new PotDraw(BenefitPot.INTEREST_SUBSIDY, Won.of(300_000), true));
		assertThat(agreement(programme, kodit).funding().interestSubsidy().hasRunOut()).isTrue();
		assertThat(pots.draw(kodit, second, Map.of(BenefitPot.INTEREST_SUBSIDY, Won.of(1))))
			.containsExactly(new PotDraw(BenefitPot.INTEREST_SUBSIDY, Won.ZERO, false));
		assertThat(pots.drawsOf(first)).containsExactly(new PotDraw(BenefitPot.INTEREST_SUBSIDY, Won.of(300_000), true));
		assertThat(pots.draw(kodit, first, Map.of(BenefitPot.INTEREST_SUBSIDY, Won.of(300_000))))
			.containsExactly(new PotDraw(BenefitPot.INTEREST_SUBSIDY, Won.of(300_000), true));
	}

	@Test
	void theBenefitsOfAGuaranteeCostTheFundersShareOfTheFeeAndTheInterestPreferenceOverItsTerm() {
		ProgrammeTerms terms = TestProgrammes.draft(Won.of(1_000_000_000)).terms();
		// 1억 원 at 100 %, 1 % a year, half paid by funders: 50만 원 a year; 1.5 points: 150만 원 a year
		Map<BenefitPot, Won> costs = terms.benefitCosts(Won.of(100_000_000), Percentage.of("100"), Percentage.of("1"), 30);

		assertThat(costs).containsEntry(BenefitPot.FEE_SUPPORT, Won.of(1_250_000))
			.containsEntry(BenefitPot.INTEREST_SUBSIDY, Won.of(3_750_000));
	}

	private Agreement agreement(ProgrammeCode programme, AgreementCode code) {
		return catalogue.find(programme).orElseThrow().agreementNamed(code.value()).orElseThrow();
	}

	private ProgrammeCode newProgramme(String... agencies) {
		ProgrammeCode code = TestProgrammes.uniqueCode("FUND");
		ProgrammeDraft draft = TestProgrammes.draft(Won.of(100_000_000));
		administration.create(code, new ProgrammeDraft(draft.name(), draft.description(), List.of(agencies),
				draft.bankCodes(), draft.funders(), draft.terms()), Won.of(1_000_000_000), "admin");
		return code;
	}

}
