package kr.sangsaeng.dashboard;

import java.util.List;
import java.util.Locale;

/**
 * The tables of counts the database keeps for the dashboard ({@code R__dashboard_counting.sql}), with the columns
 * that make a row's key and the figures that add up over the rows of a key. Reading sums the figures per key, so
 * that rows appended by changes and rows folded together read the same.
 */
public enum AggregateTable {

	BREAKDOWN_COUNT("breakdown, group_key, programme_code, submitted_month",
			"applications, approved, rejected, approved_won, disbursed_won"),
	LENDER_COUNT("programme_code, bank_code, issued_month", "loans, approved_won, disbursed_won, lower_tier_loans"),
	FIRST_PAYMENT_DAYS("programme_code, bank_code, issued_month, days, recorded", "loans"),
	FIRST_PAYMENT_TOTAL("programme_code, bank_code, days, recorded", "loans"),
	DECISION_HOURS("programme_code, hours", "applications"),
	DECISION_MINUTES("programme_code, minutes", "applications"),
	COMPANY_REACH("breakdown, group_key, programme_code, month, previous_month", "companies"),
	PROGRAMME_ACTIVITY("programme_code, day", "submitted, issued, net_disbursed_won, open_disbursed_won"),
	/**
	 * One row per key, changed in place rather than appended to; the rows of SMEs that left a month are removed by
	 * folding.
	 */
	COMPANY_COUNT("breakdown, group_key, programme_code, business_number, month", "applications");

	private final String keys;

	private final String figures;

	AggregateTable(String keys, String figures) {
		this.keys = keys;
		this.figures = figures;
	}

	public String tableName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The key columns, comma-separated as in SQL. */
	public String keys() {
		return keys;
	}

	/** The figure columns, comma-separated as in SQL. */
	public String figures() {
		return figures;
	}

	public List<String> keyColumns() {
		return List.of(keys.split(", "));
	}

	public List<String> figureColumns() {
		return List.of(figures.split(", "));
	}

	/**
	 * Whether changes append signed rows (numbered by an {@code id}) that folding replaces by their sum per key.
	 */
	public boolean appendsRows() {
		return this != COMPANY_COUNT;
	}

}
