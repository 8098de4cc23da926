package kr.sangsaeng.dashboard.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.dashboard.BreakdownTable;
import kr.sangsaeng.dashboard.ClaimFigures;
import kr.sangsaeng.dashboard.IndexComponent;
import kr.sangsaeng.dashboard.Overview;
import kr.sangsaeng.dashboard.SupplyChainReach;
import kr.sangsaeng.dashboard.WinWinIndex;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.Won;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every table of the dashboard in the reader's language, for the page and for the downloads alike, so that a
 * downloaded file holds the figures the page shows.
 */
@Component
class Tables {

	static final String PROGRAMMES = "programmes";

	static final String STATUSES = "statuses";

	static final String WEEKS = "weeks";

	static final String CAPACITY = "capacity";

	static final String BREAKDOWN = "breakdown";

	static final String INDEX = "index";

	static final String REACH = "reach";

	static final String CLAIMS = "claims";

	/** The part of the index table the page shows second: what the scores are read from. */
	static final String INDEX_FIGURES = "index-figures";

	/** Rank, bank, the index and its parts: the columns of the index table the page shows first. */
	private static final int INDEX_SCORE_COLUMNS = 3 + IndexComponent.values().length;

	/** The column that names the bank, in both parts. */
	private static final int INDEX_BANK_COLUMN = 1;

	private final MessageSource messages;

	Tables(MessageSource messages) {
		this.messages = messages;
	}

	DashboardTable programmes(Overview overview, Locale locale) {
		List<DashboardTable.Column> columns = List.of(text("dashboard.programme", locale),
				text("dashboard.code", locale), won("dashboard.capacity", locale), won("dashboard.committed", locale),
				won("dashboard.disbursed", locale), won("dashboard.remaining", locale),
				decimal("dashboard.utilisation.column", locale), count("dashboard.submitted", locale),
				decimal("dashboard.approvalRate.column", locale), decimal("dashboard.medianDecision.short", locale),
				decimal("dashboard.medianDisbursement.short", locale));
		List<List<DashboardTable.Cell>> rows = new ArrayList<>();
		for (Overview.Figures figures : overview.programmes()) {
			rows.add(programmeRow(figures, figures.name().in(locale), figures.code(), locale));
		}
		Overview.Figures total = overview.total();
		return new DashboardTable(PROGRAMMES, message("dashboard.programmes", locale), columns, rows,
				programmeRow(total, message("dashboard.total", locale), "", locale));
	}

	private List<DashboardTable.Cell> programmeRow(Overview.Figures figures, String name, String code, Locale locale) {
		return List.of(DashboardTable.Cell.text(name), DashboardTable.Cell.text(code), won(figures.capacity(), locale),
				won(figures.committed(), locale), won(figures.disbursed(), locale), won(figures.remaining(), locale),
				percent(figures.utilisation(), locale), count(figures.submitted(), locale),
				percent(figures.approvalRate(), locale), days(figures.medianDaysToDecision(), locale),
				days(figures.medianDaysToFirstDisbursement(), locale));
	}

	DashboardTable statuses(Overview overview, Locale locale) {
		List<DashboardTable.Column> columns = new ArrayList<>();
		columns.add(text("dashboard.status", locale));
		overview.programmes()
			.forEach(figures -> columns.add(new DashboardTable.Column(figures.name().in(locale), DashboardTable.Kind.COUNT)));
		columns.add(count("dashboard.total", locale));
		List<List<DashboardTable.Cell>> rows = new ArrayList<>();
		for (ApplicationStatus status : Overview.SUBMITTED_STATUSES) {
			List<DashboardTable.Cell> row = new ArrayList<>();
			row.add(DashboardTable.Cell.text(message(status.messageKey(), locale)));
			overview.programmes().forEach(figures -> row.add(count(figures.count(status), locale)));
			row.add(count(overview.total().count(status), locale));
			rows.add(row);
		}
		List<DashboardTable.Cell> total = new ArrayList<>();
		total.add(DashboardTable.Cell.text(message("dashboard.submitted", locale)));
		overview.programmes().forEach(figures -> total.add(count(figures.submitted(), locale)));
		total.add(count(overview.total().submitted(), locale));
		return new DashboardTable(STATUSES, message("dashboard.statuses", locale), columns, rows, total);
	}

	DashboardTable weeks(Overview overview, Locale locale) {
		List<DashboardTable.Column> columns = List.of(text("dashboard.weeks.week", locale),
				count("dashboard.weeks.submitted", locale), count("dashboard.weeks.issued", locale),
				won("dashboard.weeks.disbursed", locale));
		List<List<DashboardTable.Cell>> rows = new ArrayList<>();
		for (Overview.Week week : overview.weeks()) {
			String disbursed = (week.disbursedNegative() ? "−" : "") + week.disbursedAmount().inWords(locale);
			rows.add(List.of(DashboardTable.Cell.text(week.startsOn().toString()),
					count(week.applicationsSubmitted(), locale), count(week.guaranteesIssued(), locale),
					new DashboardTable.Cell(week.netDisbursedWon(), disbursed, null)));
		}
		return new DashboardTable(WEEKS, message("dashboard.chart.weekly", locale), columns, rows, null);
	}

	DashboardTable capacity(Overview overview, Locale locale) {
		List<DashboardTable.Column> columns = List.of(text("dashboard.programme", locale),
				won("dashboard.chart.disbursedOpen", locale), won("dashboard.chart.committedNotDisbursed", locale),
				won("dashboard.chart.remaining", locale));
		List<List<DashboardTable.Cell>> rows = new ArrayList<>();
		for (Overview.Figures figures : overview.programmes()) {
			rows.add(List.of(DashboardTable.Cell.text(figures.name().in(locale)), won(figures.disbursedOpen(), locale),
					won(figures.committedNotDisbursed(), locale), won(figures.remaining(), locale)));
		}
		Overview.Figures total = overview.total();
		return new DashboardTable(CAPACITY, message("dashboard.chart.capacity", locale), columns, rows,
				List.of(DashboardTable.Cell.text(message("dashboard.total", locale)), won(total.disbursedOpen(), locale),
						won(total.committedNotDisbursed(), locale), won(total.remaining(), locale)));
	}

	DashboardTable breakdown(BreakdownTable table, Locale locale) {
		List<DashboardTable.Column> columns = List.of(text(table.by().messageKey(), locale),
				count("dashboard.submitted", locale), count("dashboard.approved", locale),
				decimal("dashboard.approvalRate.column", locale), won("dashboard.approvedWon", locale),
				won("dashboard.disbursed", locale), decimal("dashboard.disbursedShare.column", locale),
				count("dashboard.companies", locale));
		List<List<DashboardTable.Cell>> rows = new ArrayList<>();
		table.rows().forEach(row -> rows.add(breakdownRow(row, locale)));
		return new DashboardTable(BREAKDOWN + "-" + table.by().parameter(),
				message("dashboard.breakdown.title." + table.by().parameter(), locale), columns, rows,
				breakdownRow(table.total(), locale));
	}

	private List<DashboardTable.Cell> breakdownRow(BreakdownTable.Row row, Locale locale) {
		return List.of(DashboardTable.Cell.text(row.name().in(locale)), count(row.applications(), locale),
				count(row.approved(), locale), percent(row.approvalRate(), locale), won(row.approvedAmount(), locale),
				won(row.disbursed(), locale), percent(row.disbursedShare(), locale), count(row.companies(), locale));
	}

	DashboardTable index(WinWinIndex.Ranking ranking, Locale locale) {
		List<DashboardTable.Column> columns = new ArrayList<>(List.of(count("dashboard.index.rank", locale),
				text("dashboard.index.bank", locale), decimal("dashboard.index.value", locale)));
		for (IndexComponent component : IndexComponent.values()) {
			columns.add(decimal(component.messageKey(), locale));
		}
		columns.addAll(List.of(count("dashboard.index.loans", locale), won("dashboard.approvedWon", locale),
				won("dashboard.disbursed", locale), decimal("dashboard.medianDisbursement.short", locale),
				count("dashboard.companies", locale), count("dashboard.index.lowerTierLoans", locale)));
		List<List<DashboardTable.Cell>> rows = new ArrayList<>();
		for (WinWinIndex.Standing standing : ranking.standings()) {
			List<DashboardTable.Cell> row = new ArrayList<>();
			row.add(standing.isRanked() ? count(standing.rank(), locale) : none());
			row.add(DashboardTable.Cell.text(standing.name().in(locale)));
			row.add(score(standing.index(), locale));
			for (IndexComponent component : IndexComponent.values()) {
				row.add(score(standing.score(component), locale));
			}
			row.add(count(standing.loans(), locale));
			row.add(won(standing.approved(), locale));
			row.add(won(standing.disbursed(), locale));
			row.add(days(standing.medianDaysToFirstPayment(), locale));
			row.add(count(standing.companies(), locale));
			row.add(count(standing.lowerTierLoans(), locale));
			rows.add(row);
		}
		return new DashboardTable(INDEX, message("dashboard.index.title", locale), columns, rows, null);
	}

	/**
	 * The index table as the page shows it, too wide for one screen in one piece: the ranking with the scores, then
	 * per bank the figures they are read from.
	 */
	List<DashboardTable> indexOnPage(DashboardTable index) {
		List<Integer> scores = IntStream.range(0, INDEX_SCORE_COLUMNS).boxed().toList();
		List<Integer> figures = IntStream.concat(IntStream.of(INDEX_BANK_COLUMN),
				IntStream.range(INDEX_SCORE_COLUMNS, index.columns().size())).boxed().toList();
		return List.of(index.only(INDEX, scores), index.only(INDEX_FIGURES, figures));
	}

	/**
	 * How far down the supply chain the money reaches: a row per funder and partner tier, with the totals.
	 */
	DashboardTable reach(List<SupplyChainReach.FunderReach> reach, Locale locale) {
		List<DashboardTable.Column> columns = List.of(text("dashboard.reach.funder", locale),
				text("dashboard.code", locale), text("dashboard.reach.tier", locale),
				count("dashboard.reach.applications", locale), won("dashboard.reach.requested", locale),
				count("dashboard.reach.approvals", locale), won("dashboard.reach.approved", locale));
		List<List<DashboardTable.Cell>> rows = new ArrayList<>();
		long applications = 0;
		long approvals = 0;
		Won requested = Won.ZERO;
		Won approved = Won.ZERO;
		for (SupplyChainReach.FunderReach funder : reach) {
			for (SupplyChainReach.TierFigures tier : funder.tiers()) {
				rows.add(List.of(DashboardTable.Cell.text(funder.funder().name().in(locale)),
						DashboardTable.Cell.text(funder.funder().code()),
						DashboardTable.Cell.text(message("partner.tier." + tier.tier(), locale)),
						count(tier.applications(), locale), won(tier.requested(), locale),
						count(tier.approvals(), locale), won(tier.approved(), locale)));
				applications += tier.applications();
				approvals += tier.approvals();
				requested = requested.plus(tier.requested());
				approved = approved.plus(tier.approved());
			}
		}
		return new DashboardTable(REACH, message("dashboard.reach", locale), columns, rows,
				List.of(DashboardTable.Cell.text(message("dashboard.total", locale)), DashboardTable.Cell.text(""),
						DashboardTable.Cell.text(""), count(applications, locale), won(requested, locale),
						count(approvals, locale), won(approved, locale)));
	}

	/**
	 * Claims paid and the claim rate per agreement, each with its programme and agency.
	 */
	DashboardTable claims(List<ClaimFigures.Row> byAgreement, List<ProgrammeSummary> programmes, Locale locale) {
		List<DashboardTable.Column> columns = List.of(text("dashboard.programme", locale),
				text("dashboard.code", locale), text("money.agreement", locale), text("money.agency", locale),
				count("dashboard.claims.loans", locale), won("dashboard.claims.guaranteed", locale),
				count("dashboard.claims.defaulted", locale), count("dashboard.claims.count", locale),
				won("dashboard.claims.paid", locale), decimal("dashboard.claims.rate", locale));
		List<List<DashboardTable.Cell>> rows = new ArrayList<>();
		for (ClaimFigures.Row row : byAgreement) {
			ProgrammeSummary programme = programmes.stream()
				.filter(candidate -> candidate.agreements()
					.stream()
					.anyMatch(agreement -> agreement.code().value().equals(row.group())))
				.findFirst()
				.orElse(null);
			Agreement agreement = programme == null ? null : programme.agreements()
				.stream()
				.filter(candidate -> candidate.code().value().equals(row.group()))
				.findFirst()
				.orElseThrow();
			rows.add(List.of(DashboardTable.Cell.text(programme == null ? "" : programme.name().in(locale)),
					DashboardTable.Cell.text(programme == null ? "" : programme.code().value()),
					DashboardTable.Cell.text(row.group()),
					DashboardTable.Cell.text(agreement == null ? "" : agreement.agency().name().in(locale)),
					count(row.guaranteedLoans(), locale), won(row.guaranteed(), locale),
					count(row.defaultedLoans(), locale), count(row.claimsPaid(), locale), won(row.paid(), locale),
					percent(row.claimRate(), locale)));
		}
		return new DashboardTable(CLAIMS, message("dashboard.claims.title", locale), columns, rows, null);
	}

	private DashboardTable.Column text(String key, Locale locale) {
		return new DashboardTable.Column(message(key, locale), DashboardTable.Kind.TEXT);
	}

	private DashboardTable.Column count(String key, Locale locale) {
		return new DashboardTable.Column(message(key, locale), DashboardTable.Kind.COUNT);
	}

	private DashboardTable.Column won(String key, Locale locale) {
		return new DashboardTable.Column(message(key, locale), DashboardTable.Kind.WON);
	}

	private DashboardTable.Column decimal(String key, Locale locale) {
		return new DashboardTable.Column(message(key, locale), DashboardTable.Kind.DECIMAL);
	}

	private static DashboardTable.Cell won(Won amount, Locale locale) {
		return new DashboardTable.Cell(amount.value(), amount.inWords(locale), amount.inFigures(locale));
	}

	private static DashboardTable.Cell count(long count, Locale locale) {
		return new DashboardTable.Cell(count, NumberFormat.getIntegerInstance(locale).format(count), null);
	}

	private DashboardTable.Cell percent(BigDecimal percent, Locale locale) {
		return percent == null ? none() : new DashboardTable.Cell(percent, message("dashboard.percent", locale, percent), null);
	}

	private DashboardTable.Cell days(BigDecimal days, Locale locale) {
		return days == null ? none() : new DashboardTable.Cell(days, message("dashboard.days", locale, days), null);
	}

	private static DashboardTable.Cell score(BigDecimal score, Locale locale) {
		return score == null ? none() : new DashboardTable.Cell(score, score.toPlainString(), null);
	}

	private static DashboardTable.Cell none() {
		return new DashboardTable.Cell(null, "—", null);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
