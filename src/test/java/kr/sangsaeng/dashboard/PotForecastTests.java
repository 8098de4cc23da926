package kr.sangsaeng.dashboard;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.shared.Won;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pot's run-out forecast at the pace of its recent draws.
 */
class PotForecastTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Test
	void aPotDrawnSinceAWeekAgoAveragesOverThoseEightDays() {
		MoneyTrail.PotForecast pot = MoneyTrail.PotForecast.of(Won.of(100_000_000), Won.of(20_000_000),
				Won.of(20_000_000), TODAY.minusDays(7), TODAY);

		assertThat(pot.days()).isEqualTo(8);
		assertThat(pot.perDay()).isEqualTo(Won.of(2_500_000));
		// 80,000,000 won left at 2,500,000 won a day
		assertThat(pot.runsOutOn()).isEqualTo(TODAY.plusDays(32));
		assertThat(pot.state()).isEqualTo(MoneyTrail.PotForecast.State.FORECAST);
	}

	@Test
	void aPotThatWouldLastMoreThanACenturyOrIsEmptyOrNotKeptHasNoDate() {
		MoneyTrail.PotForecast slow = MoneyTrail.PotForecast.of(Won.of(9_000_000_000_000_000L), Won.of(1),
				Won.of(1), TODAY.minusDays(100), TODAY);
		assertThat(slow.runsOutOn()).isNull();
		assertThat(slow.state()).isEqualTo(MoneyTrail.PotForecast.State.NO_PACE);

		MoneyTrail.PotForecast empty = MoneyTrail.PotForecast.of(Won.of(5_000_000), Won.of(5_000_000),
				Won.of(5_000_000), TODAY, TODAY);
		assertThat(empty.state()).isEqualTo(MoneyTrail.PotForecast.State.RUN_OUT);
		assertThat(empty.runsOutOn()).isNull();

		MoneyTrail.PotForecast none = MoneyTrail.PotForecast.of(Won.ZERO, Won.ZERO, Won.ZERO, null, TODAY);
		assertThat(none.state()).isEqualTo(MoneyTrail.PotForecast.State.NOT_KEPT);
		assertThat(none.perDay()).isEqualTo(Won.ZERO);
	}

}
