package kr.sangsaeng.dashboard.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kr.sangsaeng.dashboard.MoneyTrail;
import kr.sangsaeng.dashboard.Overview;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.shared.Won;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The figures that follow the money as one table, a row per agreement with its programme and agency, for the
 * download; the overview shows it in four parts that each fit the page.
 */
@Component
class MoneyTables {

	static final String MONEY = "money";

	static final String AGREEMENTS = "agreements";

	private static final List<Integer> LEVERAGE = List.of(0, 2, 3, 4, 5, 6, 7, 8);

	private static final List<Integer> BENEFITS = List.of(0, 2, 9, 10, 11, 12);

	private static final List<Integer> REACH = List.of(0, 2, 13, 14, 15, 16, 17, 18);

	private static final List<Integer> POTS = List.of(0, 2, 19, 20, 21, 22);

	/** The agreements' table on the page: the programme's code is left to the download. */
	private static final List<Integer> AGREEMENT_CAPACITY = List.of(0, 2, 3, 4, 5, 6, 7, 8, 9, 10);

	private final MessageSource messages;

	MoneyTables(MessageSource messages) {
		this.messages = messages;
	}

	DashboardTable money(MoneyTrail trail, Locale locale) {
		List<DashboardTable.Column> columns = List.of(column("dashboard.programme", DashboardTable.Kind.TEXT, locale),
				column("dashboard.code", DashboardTable.Kind.TEXT, locale),
				column("money.agreement", DashboardTable.Kind.TEXT, locale),
				column("money.agency", DashboardTable.Kind.TEXT, locale),
				column("money.contributed", DashboardTable.Kind.WON, locale),
				column("money.guaranteed", DashboardTable.Kind.WON, locale),
				column("money.loans", DashboardTable.Kind.WON, locale),
				column("money.guaranteeMultiple", DashboardTable.Kind.DECIMAL, locale),
				column("money.loanMultiple", DashboardTable.Kind.DECIMAL, locale),
				column("money.feeWaivedToDate", DashboardTable.Kind.WON, locale),
				column("money.feeWaived", DashboardTable.Kind.WON, locale),
				column("money.interestSavedToDate", DashboardTable.Kind.WON, locale),
				column("money.interestSaved", DashboardTable.Kind.WON, locale),
				column("money.outstanding", DashboardTable.Kind.WON, locale),
				column("money.unreported", DashboardTable.Kind.COUNT, locale),
				column("money.outsideCapital", DashboardTable.Kind.WON, locale),
				column("money.outsideCapitalShare", DashboardTable.Kind.DECIMAL, locale),
				column("money.exporters", DashboardTable.Kind.WON, locale),
				column("money.exporterShare", DashboardTable.Kind.DECIMAL, locale),
				column("money.feePot.remaining", DashboardTable.Kind.WON, locale),
				column("money.feePot.runsOut", DashboardTable.Kind.TEXT, locale),
				column("money.interestPot.remaining", DashboardTable.Kind.WON, locale),
				column("money.interestPot.runsOut", DashboardTable.Kind.TEXT, locale));
		List<List<DashboardTable.Cell>> rows = new ArrayList<>();
		Won feeLeft = Won.ZERO;
		Won interestLeft = Won.ZERO;
		for (MoneyTrail.Programme programme : trail.programmes()) {
			for (MoneyTrail.AgreementMoney agreement : programme.agreements()) {
				List<DashboardTable.Cell> row = new ArrayList<>(List.of(
						DashboardTable.Cell.text(programme.name().in(locale)), DashboardTable.Cell.text(programme.code()),
						DashboardTable.Cell.text(agreement.code()),
						DashboardTable.Cell.text(agreement.agencyName().in(locale))));
				row.addAll(figures(agreement.money(), locale));
				row.addAll(pot(agreement.feeSupport(), locale));
				row.addAll(pot(agreement.interestSubsidy(), locale));
				rows.add(row);
				feeLeft = feeLeft.plus(agreement.feeSupport().remaining());
				interestLeft = interestLeft.plus(agreement.interestSubsidy().remaining());
			}
		}
		List<DashboardTable.Cell> total = new ArrayList<>(List.of(
				DashboardTable.Cell.text(message("dashboard.total", locale)), DashboardTable.Cell.text(""),
				DashboardTable.Cell.text(""), DashboardTable.Cell.text("")));
		total.addAll(figures(trail.total(), locale));
		total.addAll(List.of(won(feeLeft, locale), DashboardTable.Cell.text(""), won(interestLeft, locale),
				DashboardTable.Cell.text("")));
		return new DashboardTable(MONEY, message("money.title", locale), columns, rows, total);
	}

	/**
	 * Each agreement's capacity as its capacity ledger keeps it, with its programme and agency: the programmes'
	 * figures of the overview, read per agreement.
	 */
	DashboardTable agreements(Overview overview, Locale locale) {
		List<DashboardTable.Column> columns = List.of(column("dashboard.programme", DashboardTable.Kind.TEXT, locale),
				column("dashboard.code", DashboardTable.Kind.TEXT, locale),
				column("money.agreement", DashboardTable.Kind.TEXT, locale),
				column("money.agency", DashboardTable.Kind.TEXT, locale),
				column("money.capacityUnit", DashboardTable.Kind.TEXT, locale),
				column("money.loanCapacity", DashboardTable.Kind.WON, locale),
				column("money.guaranteeCapacity", DashboardTable.Kind.WON, locale),
				column("dashboard.committed", DashboardTable.Kind.WON, locale),
				column("dashboard.disbursed", DashboardTable.Kind.WON, locale),
				column("dashboard.remaining", DashboardTable.Kind.WON, locale),
				column("money.contributedAll", DashboardTable.Kind.WON, locale));
		List<List<DashboardTable.Cell>> rows = new ArrayList<>();
		Won[] sums = { Won.ZERO, Won.ZERO, Won.ZERO, Won.ZERO, Won.ZERO, Won.ZERO };
		for (Overview.Figures programme : overview.programmes()) {
			for (Agreement agreement : programme.agreements()) {
				Won[] figures = { agreement.loanCapacity(), agreement.guaranteeCapacity(), agreement.committed(),
						agreement.disbursed(), agreement.remaining(), agreement.contributed() };
				List<DashboardTable.Cell> row = new ArrayList<>(List.of(
						DashboardTable.Cell.text(programme.name().in(locale)), DashboardTable.Cell.text(programme.code()),
						DashboardTable.Cell.text(agreement.code().value()),
						DashboardTable.Cell.text(agreement.agency().name().in(locale)),
						DashboardTable.Cell.text(message("contribution.unit." + agreement.capacityUnit().name(), locale))));
				for (int i = 0; i < figures.length; i++) {
					row.add(won(figures[i], locale));
					sums[i] = sums[i].plus(figures[i]);
				}
				rows.add(row);
			}
		}
		List<DashboardTable.Cell> total = new ArrayList<>(List.of(
				DashboardTable.Cell.text(message("dashboard.total", locale)), DashboardTable.Cell.text(""),
				DashboardTable.Cell.text(""), DashboardTable.Cell.text(""), DashboardTable.Cell.text("")));
		for (Won sum : sums) {
			total.add(won(sum, locale));
		}
		return new DashboardTable(AGREEMENTS, message("money.agreements.table", locale), columns, rows, total);
	}

	DashboardTable agreementsOnPage(DashboardTable agreements) {
		return agreements.only(AGREEMENTS, AGREEMENT_CAPACITY);
	}

	/**
	 * The table as the overview shows it: leverage, benefits, reach and pots.
	 */
	List<DashboardTable> onPage(DashboardTable money) {
		return List.of(money.only(MONEY + "-leverage", LEVERAGE), money.only(MONEY + "-benefits", BENEFITS),
				money.only(MONEY + "-reach", REACH), money.only(MONEY + "-pots", POTS));
	}

	private List<DashboardTable.Cell> figures(MoneyTrail.Money money, Locale locale) {
		return List.of(won(money.contributed(), locale), won(money.guaranteed(), locale), won(money.loans(), locale),
				multiple(money.guaranteeMultiple(), locale), multiple(money.loanMultiple(), locale),
				won(money.feeWaivedToDate(), locale), won(money.feeWaived(), locale),
				won(money.interestSavedToDate(), locale), won(money.interestSaved(), locale),
				won(money.outstandingGuarantee(), locale), count(money.loansWithoutReport(), locale),
				won(money.outsideCapital(), locale), percent(money.outsideCapitalShare(), locale),
				won(money.exporters(), locale), percent(money.exporterShare(), locale));
	}

	private List<DashboardTable.Cell> pot(MoneyTrail.PotForecast pot, Locale locale) {
		DashboardTable.Cell remaining = pot.state() == MoneyTrail.PotForecast.State.NOT_KEPT ? none()
				: won(pot.remaining(), locale);
		String runsOut = pot.state() == MoneyTrail.PotForecast.State.FORECAST ? pot.runsOutOn().toString()
				: message(pot.state().messageKey(), locale);
		return List.of(remaining, DashboardTable.Cell.text(runsOut));
	}

	private DashboardTable.Column column(String key, DashboardTable.Kind kind, Locale locale) {
		return new DashboardTable.Column(message(key, locale), kind);
	}

	private static DashboardTable.Cell won(Won amount, Locale locale) {
		return new DashboardTable.Cell(amount.value(), amount.inWords(locale), amount.inFigures(locale));
	}

	private static DashboardTable.Cell count(long count, Locale locale) {
		return new DashboardTable.Cell(count, NumberFormat.getIntegerInstance(locale).format(count), null);
	}

	private DashboardTable.Cell multiple(BigDecimal multiple, Locale locale) {
		return multiple == null ? none()
				: new DashboardTable.Cell(multiple, message("money.times", locale, multiple), null);
	}

	private DashboardTable.Cell percent(BigDecimal percent, Locale locale) {
		return percent == null ? none()
				: new DashboardTable.Cell(percent, message("dashboard.percent", locale, percent), null);
	}

	private static DashboardTable.Cell none() {
		return new DashboardTable.Cell(null, "—", null);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
