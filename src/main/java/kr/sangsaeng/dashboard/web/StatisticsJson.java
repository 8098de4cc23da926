package kr.sangsaeng.dashboard.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.dashboard.MoneyTrail;
import kr.sangsaeng.dashboard.Overview;
import kr.sangsaeng.program.Agreement;

/**
 * The open statistics: only sums, counts, rates and medians.
 */
record StatisticsJson(String generatedAt, TotalJson total, List<ProgrammeJson> programmes, List<WeekJson> weeks,
		MoneyJson money) {

	static StatisticsJson of(Overview overview, MoneyTrail money) {
		return new StatisticsJson(overview.generatedAt().toString(), TotalJson.of(overview.total()),
				overview.programmes().stream().map(ProgrammeJson::of).toList(),
				overview.weeks().stream().map(WeekJson::of).toList(), MoneyJson.of(money));
	}

	record TotalJson(long capacityWon, long committedWon, long disbursedWon, long remainingWon,
			BigDecimal utilisationPercent, long submittedApplications, Map<String, Long> applicationsByStatus,
			BigDecimal approvalRatePercent, BigDecimal medianDaysToDecision, BigDecimal medianDaysToFirstDisbursement) {

		static TotalJson of(Overview.Figures figures) {
			return new TotalJson(figures.capacity().value(), figures.committed().value(), figures.disbursed().value(),
					figures.remaining().value(), figures.utilisation(), figures.submitted(), byStatus(figures),
					figures.approvalRate(), figures.medianDaysToDecision(), figures.medianDaysToFirstDisbursement());
		}

	}

	/**
	 * {@code name} is Korean, {@code nameEn} English, as in {@code /api/v1/programmes}; {@code agreements} the
	 * programme's agreements, whose figures add up to the programme's.
	 */
	record ProgrammeJson(String code, String name, String nameEn, long capacityWon, long committedWon,
			long disbursedWon, long remainingWon, BigDecimal utilisationPercent, long submittedApplications,
			Map<String, Long> applicationsByStatus, BigDecimal approvalRatePercent, BigDecimal medianDaysToDecision,
			BigDecimal medianDaysToFirstDisbursement, List<AgreementJson> agreements) {

		static ProgrammeJson of(Overview.Figures figures) {
			return new ProgrammeJson(figures.code(), figures.name().korean(), figures.name().english(),
					figures.capacity().value(), figures.committed().value(), figures.disbursed().value(),
					figures.remaining().value(), figures.utilisation(), figures.submitted(), byStatus(figures),
					figures.approvalRate(), figures.medianDaysToDecision(), figures.medianDaysToFirstDisbursement(),
					figures.agreements().stream().map(AgreementJson::of).toList());
		}

	}

	/**
	 * One agreement of a programme, as in {@code /api/v1/programmes}: {@code agency} is {@code KODIT}, {@code KIBO}
	 * or {@code KSURE}; capacity in loan won.
	 */
	record AgreementJson(String code, String agency, long capacityWon, long committedWon, long disbursedWon,
			long remainingWon) {

		static AgreementJson of(Agreement agreement) {
			return new AgreementJson(agreement.code().value(), agreement.agency().code().replace("-", ""),
					agreement.capacity().value(), agreement.committed().value(), agreement.disbursed().value(),
					agreement.remaining().value());
		}

	}

	record WeekJson(String startsOn, long applicationsSubmitted, long guaranteesIssued, long netDisbursedWon) {

		static WeekJson of(Overview.Week week) {
			return new WeekJson(week.startsOn().toString(), week.applicationsSubmitted(), week.guaranteesIssued(),
					week.netDisbursedWon());
		}

	}

	private static Map<String, Long> byStatus(Overview.Figures figures) {
		Map<String, Long> counts = new LinkedHashMap<>();
		figures.applications().forEach((status, count) -> counts.put(status.name(), count));
		return counts;
	}

}
