package kr.sangsaeng.dashboard;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SangsaengTest
class WinWinIndexTests {

	@Autowired
	WinWinIndex index;

	@Autowired
	ProgrammeCatalogue catalogue;

	@Autowired
	ApplicationContext context;

	@Test
	void banksAreRankedByTheWeightedSumOfTheirPartScores() {
		DashboardFixtures fixtures = new DashboardFixtures(context);
		ProgrammeCode programme = fixtures.programme("지수 시험 프로그램", List.of("WOORI", "KB", "IBK"), List.of("HYUNDAI"));
		// Woori: one loan to a company on no list, paid in full on the day of the guarantee
		ApplicationId wooriLoan = fixtures.submitted(programme, DashboardFixtures.Sme.in("SEOUL"), "WOORI",
				Won.of(100_000_000));
		fixtures.approve(wooriLoan, Won.of(100_000_000));
		fixtures.pay("WOORI", wooriLoan, Won.of(100_000_000));
		// KB: two loans to tier-2 partners, a quarter of the money paid, on the day of the guarantee
		for (int i = 0; i < 2; i++) {
			ApplicationId kb = fixtures.submitted(programme, new DashboardFixtures.Sme("DAEGU", "C", 30, "HYUNDAI", 2),
					"KB", Won.of(100_000_000));
			fixtures.approve(kb, Won.of(100_000_000));
			if (i == 0) {
				fixtures.pay("KB", kb, Won.of(50_000_000));
			}
		}

		WinWinIndex.Ranking ranking = index.rank(List.of(catalogue.find(programme).orElseThrow()), Period.ALL);

		assertThat(ranking.standings()).extracting(WinWinIndex.Standing::bankCode).containsExactly("KB", "WOORI", "IBK");
		WinWinIndex.Standing kb = ranking.standings().get(0);
		assertThat(kb.rank()).isEqualTo(1);
		assertThat(kb.score(IndexComponent.DISBURSEMENT)).isEqualByComparingTo("25.0");
		assertThat(kb.score(IndexComponent.SPEED)).isEqualByComparingTo("100.0");
		assertThat(kb.score(IndexComponent.REACH)).isEqualByComparingTo("100.0");
		assertThat(kb.score(IndexComponent.LOWER_TIERS)).isEqualByComparingTo("100.0");
		// 0.35 × 25 + 0.25 × 100 + 0.20 × 100 + 0.20 × 100
		assertThat(kb.index()).isEqualByComparingTo("73.8");
		assertThat(kb.loans()).isEqualTo(2);
		assertThat(kb.companies()).isEqualTo(2);
		WinWinIndex.Standing woori = ranking.standings().get(1);
		assertThat(woori.rank()).isEqualTo(2);
		assertThat(woori.score(IndexComponent.DISBURSEMENT)).isEqualByComparingTo("100.0");
		assertThat(woori.score(IndexComponent.REACH)).isEqualByComparingTo("50.0");
		assertThat(woori.score(IndexComponent.LOWER_TIERS)).isEqualByComparingTo("0.0");
		// 35 + 25 + 10 + 0
		assertThat(woori.index()).isEqualByComparingTo("70.0");
		assertThat(woori.medianDaysToFirstPayment()).isEqualByComparingTo("0");
		WinWinIndex.Standing ibk = ranking.standings().get(2);
		assertThat(ibk.isRanked()).isFalse();
		assertThat(ibk.index()).isNull();
	}

	@Test
	void speedFallsEvenlyToNothingAtThirtyDaysAndNothingPaidScoresNothing() {
		assertThat(WinWinIndex.speed(BigDecimal.ZERO)).isEqualByComparingTo("100");
		assertThat(WinWinIndex.speed(new BigDecimal("15"))).isEqualByComparingTo("50");
		assertThat(WinWinIndex.speed(new BigDecimal("45"))).isEqualByComparingTo("0");
		assertThat(WinWinIndex.speed(null)).isEqualByComparingTo("0");
		assertThat(IndexComponent.totalWeight()).isEqualTo(100);
	}

}
