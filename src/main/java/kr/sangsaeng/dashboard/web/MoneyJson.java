package kr.sangsaeng.dashboard.web;

import java.math.BigDecimal;
import java.util.List;

import kr.sangsaeng.dashboard.MoneyTrail;

/**
 * The open statistics' figures that follow the money, in total, per programme and per agreement; the agreements of a
 * programme add up to it. Amounts are whole won; multiples and shares are {@code null} where they divide by zero.
 */
record MoneyJson(FiguresJson total, List<ProgrammeJson> programmes) {

	static MoneyJson of(MoneyTrail trail) {
		return new MoneyJson(FiguresJson.of(trail.total()), trail.programmes().stream().map(ProgrammeJson::of).toList());
	}

	/**
	 * @param contributedWon special contributions (특별출연) received
	 * @param guaranteedWon guarantee won of the guarantees issued
	 * @param loansWon loan won of the guarantees issued (approved amounts)
	 * @param feeWaivedToDateWon the part of the fee-support draws used by the days elapsed of each guarantee
	 * @param feeWaivedProjectedWon the fee-support draws: the fee waived over the guarantees' whole terms
	 * @param outstandingGuaranteeWon balance of each loan (latest monthly report, else disbursed) times its ratio
	 * @param loansCountedAtDisbursed loans without a monthly report yet, counted at their disbursed amount
	 */
	record FiguresJson(long contributedWon, long guaranteedWon, long loansWon, BigDecimal guaranteeMultiple,
			BigDecimal loanMultiple, BigDecimal loansPerGuarantee, long feeWaivedToDateWon, long feeWaivedProjectedWon,
			long interestSavedToDateWon, long interestSavedProjectedWon, long outstandingGuaranteeWon,
			long loansCountedAtDisbursed, long outsideCapitalWon, BigDecimal outsideCapitalSharePercent,
			long exportersWon, BigDecimal exporterSharePercent) {

		static FiguresJson of(MoneyTrail.Money money) {
			return new FiguresJson(money.contributed().value(), money.guaranteed().value(), money.loans().value(),
					money.guaranteeMultiple(), money.loanMultiple(), money.loansPerGuarantee(),
					money.feeWaivedToDate().value(), money.feeWaived().value(), money.interestSavedToDate().value(),
					money.interestSaved().value(), money.outstandingGuarantee().value(), money.loansWithoutReport(),
					money.outsideCapital().value(), money.outsideCapitalShare(), money.exporters().value(),
					money.exporterShare());
		}

	}

	record ProgrammeJson(String code, FiguresJson figures, List<AgreementJson> agreements) {

		static ProgrammeJson of(MoneyTrail.Programme programme) {
			return new ProgrammeJson(programme.code(), FiguresJson.of(programme.money()),
					programme.agreements().stream().map(AgreementJson::of).toList());
		}

	}

	/**
	 * {@code agency} is {@code KODIT}, {@code KIBO} or {@code KSURE}.
	 */
	record AgreementJson(String code, String agency, FiguresJson figures, PotJson feeSupportPot,
			PotJson interestSubsidyPot) {

		static AgreementJson of(MoneyTrail.AgreementMoney agreement) {
			return new AgreementJson(agreement.code(), agreement.agency(), FiguresJson.of(agreement.money()),
					PotJson.of(agreement.feeSupport()), PotJson.of(agreement.interestSubsidy()));
		}

	}

	/**
	 * @param state {@code NOT_KEPT}, {@code RUN_OUT}, {@code NO_PACE} (nothing drawn lately: does not run out at the
	 *     current pace) or {@code FORECAST}
	 * @param runsOutOn the day the pot runs out at the current pace, only when {@code state} is {@code FORECAST}
	 */
	record PotJson(long fundedWon, long remainingWon, long drawnPerDayWon, int daysAveraged, String state,
			String runsOutOn) {

		static PotJson of(MoneyTrail.PotForecast pot) {
			return new PotJson(pot.funded().value(), pot.remaining().value(), pot.perDay().value(), pot.days(),
					pot.state().name(), pot.runsOutOn() == null ? null : pot.runsOutOn().toString());
		}

	}

}
