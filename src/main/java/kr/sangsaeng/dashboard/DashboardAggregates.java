package kr.sangsaeng.dashboard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the dashboard's counts ({@code V19__dashboard_aggregates.sql}) quick to read: every change appends signed
 * rows, and folding replaces the rows of each key by their sum.
 */
@Service
public class DashboardAggregates {

	private static final String[][] TABLES = {
			{ "breakdown_count", "breakdown, group_key, programme_code, submitted_month",
					"applications, approved, rejected, approved_won, disbursed_won" },
			{ "lender_count", "programme_code, bank_code, issued_month",
					"loans, approved_won, disbursed_won, lower_tier_loans" },
			{ "first_payment_days", "programme_code, bank_code, issued_month, days, recorded", "loans" },
			{ "first_payment_total", "programme_code, bank_code, days, recorded", "loans" },
			{ "decision_hours", "programme_code, hours", "applications" },
			{ "decision_minutes", "programme_code, minutes", "applications" },
			{ "company_reach", "breakdown, group_key, programme_code, month, previous_month", "companies" },
			{ "programme_activity", "programme_code, day", "submitted, issued, net_disbursed_won, open_disbursed_won" } };

	private final JdbcClient jdbc;

	DashboardAggregates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Folds the rows that changes appended into one row per key, touching only keys with more than one row. Safe
	 * alongside changes and alongside another instance folding at the same time: each takes only the rows it
	 * deletes, and the sums stay the same. Keys whose figures all add up to nothing are dropped.
	 *
	 * @return the rows written by folding
	 */
	@Scheduled(fixedDelayString = "${sangsaeng.dashboard.fold-every:30s}",
			initialDelayString = "${sangsaeng.dashboard.fold-every:30s}")
	@Transactional
	public int fold() {
		int rows = 0;
		for (String[] table : TABLES) {
			String name = table[0];
			String keys = table[1];
			String[] figures = table[2].split(", ");
			StringBuilder sums = new StringBuilder();
			StringBuilder nonZero = new StringBuilder();
			for (String figure : figures) {
				sums.append(sums.isEmpty() ? "" : ", ").append("sum(").append(figure).append(')');
				nonZero.append(nonZero.isEmpty() ? "" : " or ").append("sum(").append(figure).append(") <> 0");
			}
			rows += jdbc.sql("with repeated as (select " + keys + " from " + name + " group by " + keys
					+ " having count(*) > 1), folded as (delete from " + name + " t using repeated r where ("
					+ qualified("t", keys) + ") = (" + qualified("r", keys) + ") returning " + qualified("t", keys)
					+ ", " + qualified("t", table[2]) + ") insert into " + name + " (" + keys + ", " + table[2]
					+ ") select " + keys + ", " + sums + " from folded group by " + keys + " having " + nonZero)
				.update();
		}
		jdbc.sql("delete from company_count where applications = 0").update();
		return rows;
	}

	private static String qualified(String alias, String columns) {
		return alias + "." + columns.replace(", ", ", " + alias + ".");
	}

}
