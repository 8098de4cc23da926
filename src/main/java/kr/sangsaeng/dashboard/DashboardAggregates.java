package kr.sangsaeng.dashboard;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the dashboard's counts ({@link AggregateTable}) quick to read: every change appends signed rows, and folding
 * replaces the rows of each key by their sum.
 */
@Service
public class DashboardAggregates {

	/**
	 * The tables of other modules whose changes the database counts for the dashboard: its triggers are on these.
	 */
	static final List<String> COUNTED_TABLES = List.of("guarantee_application", "guarantee", "loan",
			"disbursement", "capacity_reservation");

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
	@Transactional
	public int fold() {
		int rows = 0;
		for (AggregateTable table : AggregateTable.values()) {
			if (!table.appendsRows()) {
				continue;
			}
			String name = table.tableName();
			String keys = table.keys();
			StringBuilder sums = new StringBuilder();
			StringBuilder nonZero = new StringBuilder();
			for (String figure : table.figureColumns()) {
				sums.append(sums.isEmpty() ? "" : ", ").append("sum(").append(figure).append(')');
				nonZero.append(nonZero.isEmpty() ? "" : " or ").append("sum(").append(figure).append(") <> 0");
			}
			rows += jdbc.sql("with repeated as (select " + keys + " from " + name + " group by " + keys
					+ " having count(*) > 1), folded as (delete from " + name + " t using repeated r where ("
					+ qualified("t", keys) + ") = (" + qualified("r", keys) + ") returning " + qualified("t", keys)
					+ ", " + qualified("t", table.figures()) + ") insert into " + name + " (" + keys + ", "
					+ table.figures() + ") select " + keys + ", " + sums + " from folded group by " + keys + " having "
					+ nonZero)
				.update();
		}
		jdbc.sql("delete from company_count where applications = 0").update();
		return rows;
	}

	private static String qualified(String alias, String columns) {
		return alias + "." + columns.replace(", ", ", " + alias + ".");
	}

}
