package kr.sangsaeng;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import kr.sangsaeng.dashboard.AggregateTable;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * For each table the application keeps, its number of rows and the newest transaction that wrote one: a row added,
 * changed or removed changes one of them. Tests compare them before and after a request that must change nothing.
 */
public final class TableVersions {

	/**
	 * Tables left out: the audit trail records refusals themselves, a bank's token notes when it was last presented,
	 * refused or not, and sessions and scheduler locks change on every request or by themselves, as do the dashboard's
	 * snapshot figures, reckoned anew from the other tables every two minutes.
	 */
	static final Set<String> NOT_COMPARED = Set.of("flyway_schema_history", "audit_entry", "audit_chain_head",
			"bank_api_token", "shedlock", "figure_reckoning", "money_snapshot", "claim_snapshot", "reach_snapshot");

	/**
	 * Counts kept as rows of changes that a scheduled job folds together at any moment (applications per programme
	 * and status, and the dashboard's): each table's keys and figures, compared by what the figures of each key add
	 * up to.
	 */
	static final Map<String, String[]> FOLDED_IN_THE_BACKGROUND = foldedInTheBackground();

	private final JdbcClient jdbc;

	private final String query;

	public TableVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
		List<String> tables = jdbc.sql("select table_name from information_schema.tables "
				+ "where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name")
			.query(String.class)
			.list();
		StringBuilder union = new StringBuilder();
		for (String table : tables) {
			if (NOT_COMPARED.contains(table) || table.startsWith("spring_session")) {
				continue;
			}
			if (!union.isEmpty()) {
				union.append(" union all ");
			}
			union.append("select '").append(table).append("', (");
			String[] folded = FOLDED_IN_THE_BACKGROUND.get(table);
			union.append(folded != null ? sums(table, folded[0], folded[1])
					: "select count(*) || ':' || coalesce(max(xmin::text::bigint), 0) from \"" + table + "\"");
			union.append(")");
		}
		this.query = union.toString();
	}

	private static String sums(String table, String keys, String figures) {
		String sums = Arrays.stream(figures.split(", "))
			.map(figure -> "sum(" + figure + ")")
			.collect(Collectors.joining(", "));
		return "select md5(coalesce(string_agg(line, ',' order by line), '')) from (select concat_ws(':', " + keys
				+ ", " + sums + ") line from " + table + " group by " + keys + " having "
				+ sums.replace(", ", " <> 0 or ") + " <> 0) folded";
	}

	private static Map<String, String[]> foldedInTheBackground() {
		Map<String, String[]> folded = new HashMap<>();
		folded.put("submitted_application_count",
				new String[] { "programme_code, status", "applications, requested_won" });
		for (AggregateTable table : AggregateTable.values()) {
			folded.put(table.tableName(), new String[] { table.keys(), table.figures() });
		}
		return Map.copyOf(folded);
	}

	public Map<String, String> now() {
		settled();
		Map<String, String> versions = new LinkedHashMap<>();
		jdbc.sql(query).query((row, number) -> versions.put(row.getString(1), row.getString(2))).list();
		return versions;
	}

	/**
	 * Waits until the work that follows committed changes (notifications, mail) has been done, so that it is counted
	 * with the change that set it off rather than with whatever is asked next.
	 */
	private void settled() {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single() == 0);
	}

	/** The tables whose version differs from {@code before}. */
	public Set<String> changedSince(Map<String, String> before) {
		Map<String, String> after = now();
		Set<String> changed = new TreeSet<>();
		before.forEach((table, version) -> {
			if (!version.equals(after.get(table))) {
				changed.add(table);
			}
		});
		return changed;
	}

}
