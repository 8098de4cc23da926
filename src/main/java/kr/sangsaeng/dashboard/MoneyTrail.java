package kr.sangsaeng.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Won;

/**
 * Where the programmes' money went, as of {@code today} (Korean time): per agreement, per programme (the sums of its
 * agreements) and in total.
 */
public record MoneyTrail(LocalDate today, List<Programme> programmes, Money total) {

	/**
	 * The regions of the capital area (수도권); every other region is outside it.
	 */
	public static final List<String> CAPITAL_REGIONS = List.of("SEOUL", "GYEONGGI", "INCHEON");

	/**
	 * How many days of draws the run-out forecast averages over at most.
	 */
	public static final int PACE_DAYS = 30;

	/**
	 * A pot that would last longer than this many days does not run out at the current pace.
	 */
	public static final long FORECAST_HORIZON_DAYS = 36_500;

	public MoneyTrail {
		programmes = List.copyOf(programmes);
	}

	public record Programme(String code, LocalizedName name, List<AgreementMoney> agreements, Money money) {

		public Programme {
			agreements = List.copyOf(agreements);
		}

	}

	/**
	 * One agreement's figures and the run-out forecast of each of its pots.
	 */
	public record AgreementMoney(String code, String agency, LocalizedName agencyName, Money money,
			PotForecast feeSupport, PotForecast interestSubsidy) {
	}

	/**
	 * The figures that add up from agreements to programmes to the total.
	 *
	 * @param contributed special contributions (특별출연) received
	 * @param guaranteed guarantee won of the guarantees issued
	 * @param loans loan won of the guarantees issued: the approved amounts
	 * @param feeWaivedToDate the part of the fee-support draws that the days elapsed of each guarantee's validity
	 *     have used, each rounded down to whole won
	 * @param feeWaived the fee-support draws: what the guarantees issued will waive over their whole terms
	 * @param interestSavedToDate the same part of the interest-subsidy draws
	 * @param interestSaved the interest-subsidy draws: what the loans will save over their whole terms
	 * @param outstandingGuarantee balance of each loan not repaid or cancelled (its latest monthly report's, else what
	 *     was disbursed) times its guarantee ratio, each rounded down
	 * @param loansWithoutReport loans counted at their disbursed amount because no monthly report came yet
	 * @param outsideCapital approved amounts of companies outside the capital region
	 * @param exporters approved amounts of companies that declare they export
	 */
	public record Money(Won contributed, Won guaranteed, Won loans, Won feeWaivedToDate, Won feeWaived,
			Won interestSavedToDate, Won interestSaved, Won outstandingGuarantee, long loansWithoutReport,
			Won outsideCapital, Won exporters) {

		public static final Money NONE = new Money(Won.ZERO, Won.ZERO, Won.ZERO, Won.ZERO, Won.ZERO, Won.ZERO,
				Won.ZERO, Won.ZERO, 0, Won.ZERO, Won.ZERO);

		public Money plus(Money other) {
			return new Money(contributed.plus(other.contributed), guaranteed.plus(other.guaranteed),
					loans.plus(other.loans), feeWaivedToDate.plus(other.feeWaivedToDate),
					feeWaived.plus(other.feeWaived), interestSavedToDate.plus(other.interestSavedToDate),
					interestSaved.plus(other.interestSaved), outstandingGuarantee.plus(other.outstandingGuarantee),
					loansWithoutReport + other.loansWithoutReport, outsideCapital.plus(other.outsideCapital),
					exporters.plus(other.exporters));
		}

		/**
		 * Guarantee won per won of special contributions, with one decimal; {@code null} without contributions.
		 */
		public BigDecimal guaranteeMultiple() {
			return multiple(guaranteed);
		}

		/**
		 * Loan won per won of special contributions, with one decimal; {@code null} without contributions.
		 */
		public BigDecimal loanMultiple() {
			return multiple(loans);
		}

		/**
		 * Loan won per guarantee won, with two decimals; {@code null} before any guarantee.
		 */
		public BigDecimal loansPerGuarantee() {
			if (guaranteed.isZero()) {
				return null;
			}
			return BigDecimal.valueOf(loans.value()).divide(BigDecimal.valueOf(guaranteed.value()), 2,
					RoundingMode.HALF_UP);
		}

		/**
		 * Share of the approved amounts outside the capital region, in percent with one decimal; {@code null} before
		 * any approval.
		 */
		public BigDecimal outsideCapitalShare() {
			return loans.isZero() ? null : outsideCapital.percentOf(loans);
		}

		/**
		 * Exporters' share of the approved amounts, in percent with one decimal; {@code null} before any approval.
		 */
		public BigDecimal exporterShare() {
			return loans.isZero() ? null : exporters.percentOf(loans);
		}

		private BigDecimal multiple(Won backed) {
			if (contributed.isZero()) {
				return null;
			}
			return BigDecimal.valueOf(backed.value()).divide(BigDecimal.valueOf(contributed.value()), 1,
					RoundingMode.HALF_UP);
		}

	}

	/**
	 * When a pot runs out at the pace of its draws in the last {@value #PACE_DAYS} days, or since its first draw
	 * when that was more recent.
	 *
	 * @param funded what funders put in the pot; zero where the pot is not kept in Sangsaeng
	 * @param remaining what is left in it
	 * @param drawnRecently what was drawn in the days averaged over
	 * @param days how many days are averaged over, today included (0 before any draw)
	 * @param runsOutOn the day it runs out at that pace; {@code null} when it has run out, is not kept, or nothing
	 *     was drawn lately (or too little for it to run out within {@value #FORECAST_HORIZON_DAYS} days)
	 */
	public record PotForecast(Won funded, Won remaining, Won drawnRecently, int days, LocalDate runsOutOn) {

		public enum State {

			/** No funder contributed to this pot: the benefit follows the terms without a draw. */
			NOT_KEPT,
			/** Nothing is left: the benefit has stopped. */
			RUN_OUT,
			/**
			 * Nothing was drawn in the days averaged over, or so little that it would last more than
			 * {@value MoneyTrail#FORECAST_HORIZON_DAYS} days: it does not run out at the current pace.
			 */
			NO_PACE,
			/** Runs out on {@code runsOutOn}. */
			FORECAST;

			public String messageKey() {
				return "money.pot." + name();
			}

		}

		/**
		 * @param firstDrawOn the day of the pot's first draw, {@code null} before any
		 */
		static PotForecast of(Won funded, Won drawn, Won drawnRecently, LocalDate firstDrawOn, LocalDate today) {
			Won remaining = funded.minusOrZero(drawn);
			int days = 0;
			if (firstDrawOn != null) {
				LocalDate from = firstDrawOn.isAfter(today.minusDays(PACE_DAYS - 1)) ? firstDrawOn
						: today.minusDays(PACE_DAYS - 1);
				days = (int) Math.max(1, ChronoUnit.DAYS.between(from, today) + 1);
			}
			LocalDate runsOut = null;
			if (!funded.isZero() && !remaining.isZero() && !drawnRecently.isZero()) {
				// remaining ÷ (drawn ÷ days), rounded up to the day the last won goes
				long toGo = BigDecimal.valueOf(remaining.value())
					.multiply(BigDecimal.valueOf(days))
					.divide(BigDecimal.valueOf(drawnRecently.value()), 0, RoundingMode.CEILING)
					.min(BigDecimal.valueOf(FORECAST_HORIZON_DAYS + 1))
					.longValueExact();
				runsOut = toGo > FORECAST_HORIZON_DAYS ? null : today.plusDays(toGo);
			}
			return new PotForecast(funded, remaining, drawnRecently, days, runsOut);
		}

		public State state() {
			if (funded.isZero()) {
				return State.NOT_KEPT;
			}
			if (remaining.isZero()) {
				return State.RUN_OUT;
			}
			return runsOutOn == null ? State.NO_PACE : State.FORECAST;
		}

		/**
		 * Average draw per day over the days averaged over, in whole won (rounded down).
		 */
		public Won perDay() {
			return days == 0 ? Won.ZERO : Won.of(drawnRecently.value() / days);
		}

	}

}
