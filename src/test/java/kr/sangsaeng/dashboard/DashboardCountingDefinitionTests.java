package kr.sangsaeng.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Java side of the dashboard lists (breakdowns, aggregate tables and their columns, the tables it counts
 * changes of) is what the database and {@code R__dashboard_counting.sql} hold, so that one cannot change without the
 * other.
 */
@SangsaengTest
class DashboardCountingDefinitionTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path COUNTING = MIGRATIONS.resolve("R__dashboard_counting.sql");

	private static final Path MODULE_DOCUMENTATION = Path.of("src/main/java/kr/sangsaeng/dashboard/package-info.java");

	/** The last versioned migration that defined functions or triggers of the dashboard. */
	private static final int LAST_VERSION_WITH_FUNCTIONS = 25;

	/** A list of the groups an application counts in: {@code VALUES ('AGENCY', …), … AS k (breakdown, …)}. */
	private static final Pattern GROUPS = Pattern.compile("VALUES((?:(?!VALUES).)*?)AS k \\(breakdown, group_key\\)",
			Pattern.DOTALL);

	private static final Pattern GROUP = Pattern.compile("\\('([A-Z]+)',");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyListOfGroupsTheDatabaseCountsNamesEveryBreakdownAndNoOther() {
		Set<String> breakdowns = Arrays.stream(Breakdown.values()).map(Breakdown::name).collect(Collectors.toSet());
		Set<String> withAll = new TreeSet<>(breakdowns);
		withAll.add("ANY");

		for (String function : List.of("count_application_breakdowns", "recount_dashboard")) {
			assertThat(groupLists(function)).as(function).isNotEmpty().allSatisfy(groups -> assertThat(groups)
				.as("groups counted by %s", function)
				.containsExactlyInAnyOrderElementsOf(breakdowns));
		}
		for (String function : List.of("count_application_companies", "recount_companies")) {
			assertThat(groupLists(function)).as(function).isNotEmpty().allSatisfy(groups -> assertThat(groups)
				.as("groups whose SMEs %s counts", function)
				.containsExactlyInAnyOrderElementsOf(withAll));
		}
	}

	@Test
	void everyAggregateTableHasTheKeysAndFiguresItIsReadAndFoldedBy() {
		for (AggregateTable table : AggregateTable.values()) {
			List<String> expected = new ArrayList<>(table.keyColumns());
			expected.addAll(table.figureColumns());
			if (table.appendsRows()) {
				expected.add("id");
			}
			assertThat(jdbc.sql("select column_name from information_schema.columns "
					+ "where table_schema = current_schema() and table_name = :table")
				.param("table", table.tableName())
				.query(String.class)
				.list()).as(table.tableName()).containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	@Test
	void countingAnewRewritesEveryAggregateTableAndNoOther() {
		Pattern emptied = Pattern.compile("DELETE FROM (\\w+);");
		Set<String> tables = new TreeSet<>();
		for (String function : List.of("recount_dashboard", "recount_companies")) {
			Matcher matcher = emptied.matcher(definition(function));
			while (matcher.find()) {
				tables.add(matcher.group(1));
			}
		}
		assertThat(tables).containsExactlyInAnyOrderElementsOf(
				Stream.of(AggregateTable.values()).map(AggregateTable::tableName).toList());
	}

	@Test
	void theCountingTriggersAreOnTheTablesTheModuleNamesAndAreDefinedInTheRepeatableMigration() throws IOException {
		String counting = Files.readString(COUNTING);
		Set<String> functions = names(counting, "CREATE OR REPLACE FUNCTION (\\w+)\\(");
		Set<String> triggers = names(counting, "CREATE OR REPLACE TRIGGER (\\w+)");
		assertThat(functions).contains("count_application_change", "recount_dashboard");

		assertThat(jdbc.sql("select proname from pg_proc where pronamespace = current_schema()::regnamespace "
				+ "and proname in (:functions)").param("functions", functions).query(String.class).set())
			.as("functions of R__dashboard_counting.sql in the database")
			.containsExactlyInAnyOrderElementsOf(functions);

		List<String[]> counted = jdbc.sql("select c.relname, t.tgname from pg_trigger t "
				+ "join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid "
				+ "where not t.tgisinternal and p.proname in (:functions)")
			.param("functions", functions)
			.query((row, number) -> new String[] { row.getString(1), row.getString(2) })
			.list();
		assertThat(counted.stream().map(trigger -> trigger[0]).collect(Collectors.toSet()))
			.as("tables with triggers that call the dashboard's counting functions")
			.containsExactlyInAnyOrderElementsOf(DashboardAggregates.COUNTED_TABLES);
		assertThat(counted.stream().map(trigger -> trigger[1]).collect(Collectors.toSet()))
			.as("triggers that call the dashboard's counting functions")
			.containsExactlyInAnyOrderElementsOf(triggers);

		String documentation = Files.readString(MODULE_DOCUMENTATION);
		for (String table : DashboardAggregates.COUNTED_TABLES) {
			assertThat(documentation).as("package-info.java names %s", table).contains("{@code " + table + "}");
		}
	}

	@Test
	void versionedMigrationsSinceTheRepeatableOneDefineNoFunctionsOrTriggers() throws IOException {
		Pattern version = Pattern.compile("V(\\d+)(?:_\\d+)?__.*\\.sql");
		Pattern definition = Pattern.compile("CREATE\\s+(OR\\s+REPLACE\\s+)?(CONSTRAINT\\s+)?(FUNCTION|TRIGGER)",
				Pattern.CASE_INSENSITIVE);
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.toList()) {
				Matcher versioned = version.matcher(file.getFileName().toString());
				if (versioned.matches() && Integer.parseInt(versioned.group(1)) > LAST_VERSION_WITH_FUNCTIONS) {
					assertThat(definition.matcher(Files.readString(file)).find())
						.as("%s defines a function or trigger (they live in repeatable migrations)", file.getFileName())
						.isFalse();
				}
			}
		}
	}

	private String definition(String function) {
		return jdbc.sql("select pg_get_functiondef(oid) from pg_proc "
				+ "where pronamespace = current_schema()::regnamespace and proname = :name")
			.param("name", function)
			.query(String.class)
			.single();
	}

	private List<Set<String>> groupLists(String function) {
		List<Set<String>> lists = new ArrayList<>();
		Matcher list = GROUPS.matcher(definition(function));
		while (list.find()) {
			lists.add(names(list.group(1), GROUP.pattern()));
		}
		return lists;
	}

	private static Set<String> names(String text, String pattern) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = Pattern.compile(pattern).matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
