package kr.sangsaeng;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For each table the application keeps, its number of rows and the newest transaction that wrote one: a row added,
 * changed or removed changes one of them. Tests compare them before and after a request that must change nothing.
 */
public final class TableVersions {

	/**
	 * Tables left out: the audit trail records refusals themselves, a bank's token notes when it was last presented,
	 * refused or not, and sessions and scheduler locks change on every request or by themselves.
	 */
	static final Set<String> NOT_COMPARED = Set.of("flyway_schema_history", "audit_entry", "audit_chain_head",
			"bank_api_token", "shedlock");

	/**
	 * Counts of applications per programme and status, kept as rows of changes that a scheduled job folds together
	 * at any moment: compared by what they add up to.
	 */
	static final String COUNTS_FOLDED_IN_THE_BACKGROUND = "submitted_application_count";

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
			union.append(COUNTS_FOLDED_IN_THE_BACKGROUND.equals(table)
					? "select coalesce(string_agg(programme_code || ':' || status || ':' || applications || ':' || won, ','"
							+ " order by programme_code, status), '') from (select programme_code, status,"
							+ " sum(applications) applications, sum(requested_won) won from " + table
							+ " group by programme_code, status having sum(applications) <> 0) sums"
					: "select count(*) || ':' || coalesce(max(xmin::text::bigint), 0) from \"" + table + "\"");
			union.append(")");
		}
		this.query = union.toString();
	}

	public Map<String, String> now() {
		Map<String, String> versions = new LinkedHashMap<>();
		jdbc.sql(query).query((row, number) -> versions.put(row.getString(1), row.getString(2))).list();
		return versions;
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
