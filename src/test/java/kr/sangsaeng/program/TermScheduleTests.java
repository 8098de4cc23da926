package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class TermScheduleTests {

	/** Year 1 fee fully supported, years 2–3 half, after that a fifth; caps per company per year. */
	private static final TermSchedule SCHEDULE = new TermSchedule(List.of(
			year(4, null, "20", "1.0", 500_000, 3_000_000),
			year(1, 1, "100", "1.5", 2_000_000, 5_000_000),
			year(2, 3, "50", "1.5", 1_000_000, 5_000_000)));

	@Test
	void aThreeYearGuaranteeCostsEachYearAtThatYearsTermsWithTheFundersCapped() {
		YearlyCosts costs = SCHEDULE.costFor(Won.of(300_000_000), 36);

		// 3억 guaranteed in full at 1 %: 300만 원 a year. Year 1: funders would pay all, capped at 200만;
		// years 2–3: half each, capped at 100만. Interest 1.5 points: 450만 a year, under its cap.
		assertThat(costs.years()).extracting(YearlyCost::year, YearlyCost::fee, YearlyCost::paidByFunders,
				YearlyCost::paidBySme, YearlyCost::interestSaved, YearlyCost::feeSupportCapped)
			.containsExactly(
					tuple(1, Won.of(3_000_000), Won.of(2_000_000), Won.of(1_000_000),
							Won.of(4_500_000), true),
					tuple(2, Won.of(3_000_000), Won.of(1_000_000), Won.of(2_000_000),
							Won.of(4_500_000), true),
					tuple(3, Won.of(3_000_000), Won.of(1_000_000), Won.of(2_000_000),
							Won.of(4_500_000), true));
		assertThat(costs.totalFee()).isEqualTo(Won.of(9_000_000));
		assertThat(costs.totalPaidByFunders()).isEqualTo(Won.of(4_000_000));
		assertThat(costs.totalPaidBySme()).isEqualTo(Won.of(5_000_000));
		assertThat(costs.totalInterestSaved()).isEqualTo(Won.of(13_500_000));
		assertThat(costs.firstYearPaidBySme()).isEqualTo(Won.of(1_000_000));
	}

	@Test
	void aFiveYearGuaranteeMovesToTheOpenEndedRowAfterYearThreeAndItsCapsBite() {
		YearlyCosts costs = SCHEDULE.costFor(Won.of(500_000_000), 60);

		assertThat(costs.years()).extracting(YearlyCost::paidByFunders)
			.containsExactly(Won.of(2_000_000), Won.of(1_000_000), Won.of(1_000_000), Won.of(500_000),
					Won.of(500_000));
		assertThat(costs.years()).extracting(YearlyCost::paidBySme)
			.containsExactly(Won.of(3_000_000), Won.of(4_000_000), Won.of(4_000_000), Won.of(4_500_000),
					Won.of(4_500_000));
		// 1.5 points of 5억 is 750만, capped at 500만; 1 point is 500만, capped at 300만
		assertThat(costs.years()).extracting(YearlyCost::interestSaved)
			.containsExactly(Won.of(5_000_000), Won.of(5_000_000), Won.of(5_000_000), Won.of(3_000_000),
					Won.of(3_000_000));
		assertThat(costs.totalFee()).isEqualTo(Won.of(25_000_000));
		assertThat(costs.totalPaidByFunders()).isEqualTo(Won.of(5_000_000));
		assertThat(costs.totalPaidBySme()).isEqualTo(Won.of(20_000_000));
		assertThat(costs.totalInterestSaved()).isEqualTo(Won.of(21_000_000));
		assertThat(costs.benefitCosts()).containsEntry(BenefitPot.FEE_SUPPORT, Won.of(5_000_000))
			.containsEntry(BenefitPot.INTEREST_SUBSIDY, Won.of(21_000_000));
	}

	@Test
	void aPartialLastYearCostsItsMonthsShareOfAFullYear() {
		YearlyCosts costs = SCHEDULE.costFor(Won.of(100_000_000), 54);

		assertThat(costs.years()).extracting(YearlyCost::months).containsExactly(12, 12, 12, 12, 6);
		assertThat(costs.years().get(4).fee()).isEqualTo(Won.of(500_000));
		assertThat(costs.years().get(4).paidBySme()).isEqualTo(Won.of(400_000));
		assertThat(costs.years().get(4).paidByFunders()).isEqualTo(Won.of(100_000));
		assertThat(costs.years().get(4).interestSaved()).isEqualTo(Won.of(500_000));
		assertThat(costs.totalPaidByFunders()).isEqualTo(Won.of(2_300_000));
		assertThat(costs.totalPaidBySme()).isEqualTo(Won.of(2_200_000));
		assertThat(costs.totalInterestSaved()).isEqualTo(Won.of(6_000_000));
	}

	@Test
	void everyFigureIsRoundedDownToWholeWonAndTheSmesPartAndTheFundersPartMakeTheFee() {
		TermSchedule flat = new TermSchedule(List.of(new TermYear(1, null, Percentage.of("95"), Percentage.of("0.6"),
				Percentage.of("50"), new BigDecimal("1.2"), null, null, false)));

		YearlyCosts costs = flat.costFor(Won.of(123_456_789), 18);

		// 117,283,949 guaranteed; 703,703 a year, the SME's half 351,851; six months: 351,851 and 175,925
		assertThat(costs.years()).extracting(YearlyCost::guaranteed)
			.containsExactly(Won.of(117_283_949), Won.of(117_283_949));
		assertThat(costs.years()).extracting(YearlyCost::fee).containsExactly(Won.of(703_703), Won.of(351_851));
		assertThat(costs.years()).extracting(YearlyCost::paidBySme).containsExactly(Won.of(351_851), Won.of(175_925));
		assertThat(costs.years()).extracting(YearlyCost::paidByFunders)
			.containsExactly(Won.of(351_852), Won.of(175_926));
		assertThat(costs.years()).extracting(YearlyCost::interestSaved)
			.containsExactly(Won.of(1_481_481), Won.of(740_740));
	}

	@Test
	void theReviewersRatioAndFeeReplaceTheDefaultsWhereTheScheduleStatesThem() {
		TermSchedule withFreeYear = new TermSchedule(List.of(
				new TermYear(1, 1, Percentage.of("100"), Percentage.of("0"), Percentage.of("0"), BigDecimal.ONE, null,
						null, false),
				new TermYear(2, null, Percentage.of("100"), Percentage.of("1"), Percentage.of("0"), BigDecimal.ONE, null,
						null, false)));

		YearlyCosts costs = withFreeYear.approved(Percentage.of("100"), Percentage.of("1"), Percentage.of("90"),
				Percentage.of("0.8")).costFor(Won.of(100_000_000), 24);

		assertThat(costs.years()).extracting(YearlyCost::guaranteed)
			.containsExactly(Won.of(90_000_000), Won.of(90_000_000));
		assertThat(costs.years()).extracting(YearlyCost::fee).containsExactly(Won.ZERO, Won.of(720_000));
	}

	private static TermYear year(int from, Integer to, String fundersShare, String points, long feeCap,
			long interestCap) {
		return new TermYear(from, to, Percentage.of("100"), Percentage.of("1.0"), Percentage.of(fundersShare),
				new BigDecimal(points), Won.of(feeCap), Won.of(interestCap), true);
	}

}
