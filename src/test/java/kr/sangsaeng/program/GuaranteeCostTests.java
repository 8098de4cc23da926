package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import static org.assertj.core.api.Assertions.assertThat;

class GuaranteeCostTests {

	@Test
	void coversTheRatioOfTheLoanAndChargesTheFeeOnWhatItCoversInWholeWon() {
		GuaranteeCost cost = new GuaranteeCost(Won.of(123_456_789), Percentage.of("95"), Percentage.of("0.6"),
				Percentage.of("50"));

		// 123,456,789 × 95 % = 117,283,949.55; 117,283,949 × 0.6 % = 703,703.694; half of 703,703 = 351,851.5
		assertThat(cost.guaranteed()).isEqualTo(Won.of(117_283_949));
		assertThat(cost.yearlyFee()).isEqualTo(Won.of(703_703));
		assertThat(cost.paidBySme()).isEqualTo(Won.of(351_851));
		assertThat(cost.paidByFunders()).isEqualTo(Won.of(351_852));
	}

	@Test
	void theSmesShareAndTheFundersShareAlwaysMakeTheWholeFee() {
		GuaranteeCost cost = new GuaranteeCost(Won.of(100_000_000), Percentage.of("85"), Percentage.of("0.875"),
				Percentage.of("30"));

		assertThat(cost.guaranteed()).isEqualTo(Won.of(85_000_000));
		assertThat(cost.yearlyFee()).isEqualTo(Won.of(743_750));
		assertThat(cost.paidBySme()).isEqualTo(Won.of(520_625));
		assertThat(cost.paidByFunders()).isEqualTo(Won.of(223_125));
		assertThat(cost.paidBySme().plus(cost.paidByFunders())).isEqualTo(cost.yearlyFee());
	}

	@Test
	void aFullSubsidyLeavesTheSmeNothingToPayAndNoSubsidyLeavesItAll() {
		Won loan = Won.of(300_000_000);
		GuaranteeCost waived = new GuaranteeCost(loan, Percentage.of("100"), Percentage.of("1"), Percentage.of("100"));
		assertThat(waived.yearlyFee()).isEqualTo(Won.of(3_000_000));
		assertThat(waived.paidBySme()).isEqualTo(Won.ZERO);
		assertThat(waived.paidByFunders()).isEqualTo(Won.of(3_000_000));

		GuaranteeCost unsubsidised = GuaranteeCost.unsubsidised(loan, Percentage.of("100"), Percentage.of("1"));
		assertThat(unsubsidised.paidBySme()).isEqualTo(Won.of(3_000_000));
		assertThat(unsubsidised.isSubsidised()).isFalse();
	}

	@Test
	void theWorkedExampleIsForOneHundredMillionWonWhenTheProgrammeLendsThatMuch() {
		ProgrammeTerms terms = terms(Won.of(10_000_000), Won.of(5_000_000_000L), "100", "1", "50");

		GuaranteeCost example = terms.example();
		assertThat(example.loan()).isEqualTo(Won.of(100_000_000));
		assertThat(example.guaranteed()).isEqualTo(Won.of(100_000_000));
		assertThat(example.yearlyFee()).isEqualTo(Won.of(1_000_000));
		assertThat(example.paidBySme()).isEqualTo(Won.of(500_000));
	}

	@Test
	void theWorkedExampleStaysWithinWhatTheProgrammeLends() {
		assertThat(terms(Won.of(200_000_000), Won.of(3_000_000_000L), "95", "0.6", "50").exampleLoan())
			.isEqualTo(Won.of(200_000_000));
		assertThat(terms(Won.of(10_000_000), Won.of(50_000_000), "95", "0.6", "50").exampleLoan())
			.isEqualTo(Won.of(50_000_000));
	}

	private static ProgrammeTerms terms(Won minLoan, Won maxLoan, String ratio, String fee, String subsidy) {
		return new ProgrammeTerms(minLoan, maxLoan, null, 24, Percentage.of(ratio), Percentage.of(fee), null,
				Percentage.of(subsidy), new BigDecimal("1.2"), Won.of(1_000_000_000), null, null, false,
				Set.of(IndustrySection.C));
	}

}
