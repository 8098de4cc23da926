package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

/**
 * An agreement's terms per year of the guarantee: rows that run contiguously from year 1, the last one open-ended.
 * An agreement without a schedule of its own has its programme's flat terms as one open-ended row.
 */
public record TermSchedule(List<TermYear> rows) {

	public TermSchedule {
		rows = rows.stream().sorted(Comparator.comparingInt(TermYear::fromYear)).toList();
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("A term schedule has at least one row");
		}
	}

	/**
	 * The programme's flat terms, at the agreement's default guarantee ratio, for every year.
	 */
	public static TermSchedule flat(Percentage guaranteeRatio, ProgrammeTerms terms) {
		return new TermSchedule(List.of(new TermYear(1, null, guaranteeRatio, terms.guaranteeFee(), terms.feeSubsidy(),
				terms.ratePreferencePoints(), null, null, false)));
	}

	/**
	 * The row that covers a guarantee year; past the last row, the last row.
	 */
	public TermYear rowFor(int year) {
		return rows.stream().filter(row -> row.covers(year)).findFirst().orElse(rows.get(rows.size() - 1));
	}

	public boolean isIllustrative() {
		return rows.stream().anyMatch(TermYear::illustrative);
	}

	public boolean isFlat() {
		return rows.size() == 1;
	}

	/**
	 * The schedule as a guarantee was approved: the reviewer's ratio and fee rate replace the agreement's defaults in
	 * the years that state them; years the schedule sets apart keep their own.
	 */
	public TermSchedule approved(Percentage defaultRatio, Percentage defaultFee, Percentage ratio, Percentage fee) {
		return new TermSchedule(rows.stream()
			.map(row -> row.withRatioAndFee(row.guaranteeRatio().compareTo(defaultRatio) == 0 ? ratio
					: row.guaranteeRatio(), row.feeRate().compareTo(defaultFee) == 0 ? fee : row.feeRate()))
			.toList());
	}

	/**
	 * What a guarantee on {@code loan} over {@code termMonths} covers and costs, year by year.
	 */
	public YearlyCosts costFor(Won loan, int termMonths) {
		List<YearlyCost> years = new ArrayList<>();
		int months = Math.max(termMonths, 1);
		for (int start = 0, year = 1; start < months; start += 12, year++) {
			years.add(costOfYear(loan, year, Math.min(12, months - start)));
		}
		return new YearlyCosts(loan, termMonths, years, isIllustrative());
	}

	private YearlyCost costOfYear(Won loan, int year, int months) {
		TermYear row = rowFor(year);
		Won guaranteed = row.guaranteeRatio().of(loan);
		Won fullFee = row.feeRate().of(guaranteed);
		Won fee = forMonths(fullFee, months);
		Won paidBySme = forMonths(row.smeShare().of(fullFee), months);
		Won paidByFunders = fee.minus(paidBySme);
		boolean feeCapped = row.feeSupportCap() != null && paidByFunders.isGreaterThan(row.feeSupportCap());
		if (feeCapped) {
			paidByFunders = row.feeSupportCap();
			paidBySme = fee.minus(paidByFunders);
		}
		Won interest = forMonths(Won.of(BigDecimal.valueOf(loan.value())
			.multiply(row.ratePreferencePoints())
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
			.longValueExact()), months);
		boolean interestCapped = row.interestSubsidyCap() != null && interest.isGreaterThan(row.interestSubsidyCap());
		if (interestCapped) {
			interest = row.interestSubsidyCap();
		}
		return new YearlyCost(year, months, guaranteed, row.feeRate(), fee, paidByFunders, paidBySme, interest,
				feeCapped, interestCapped);
	}

	private static Won forMonths(Won fullYear, int months) {
		return months == 12 ? fullYear
				: Won.of(BigDecimal.valueOf(fullYear.value())
					.multiply(BigDecimal.valueOf(months))
					.divide(BigDecimal.valueOf(12), 0, RoundingMode.DOWN)
					.longValueExact());
	}

}
