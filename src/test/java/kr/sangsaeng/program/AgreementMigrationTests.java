package kr.sangsaeng.program;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that turns programmes into agreements: a database as it was before it, with a programme, its
 * ledger, a reservation and applications, migrated to now, loses nothing and puts all of it in the lead agency's
 * agreement; and the seeded programmes are carried by the agreements the contract names.
 */
@SangsaengTest
class AgreementMigrationTests {

	private static final Pattern VERSION = Pattern.compile("V(\\d+)(?:_\\d+)?__.*\\.sql");

	/** The first migration of agreements. */
	private static final int AGREEMENTS = 42;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void existingProgrammesApplicationsAndTheirLedgerLandInTheLeadAgencysAgreement() throws Exception {
		String schema = "before_agreements_" + ThreadLocalRandom.current().nextInt(1_000_000);
		Path before = migrationsBefore(AGREEMENTS);
		try {
			Flyway.configure()
				.dataSource(dataSource)
				.schemas(schema)
				.createSchemas(true)
				.locations("filesystem:" + before)
				.load()
				.migrate();
			String s = schema + ".";
			// the data of then, written with then's triggers finding then's tables
			long[] ids = new TransactionTemplate(transactions).execute(status -> {
				jdbc.sql("set local search_path to " + schema + ", public").update();
				return earlierData(s);
			});
			long programme = ids[0];
			long submitted = ids[1];
			long draft = ids[2];

			Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").load().migrate();

			assertThat(jdbc.sql("select code, agency_code, capacity_won, committed_won, disbursed_won from " + s
					+ "agreement where programme_id = :p").param("p", programme).query().listOfRows())
				.containsExactly(Map.of("code", "MIG-ONE-KODIT", "agency_code", "KODIT", "capacity_won", 1_000_000_000L,
						"committed_won", 300_000_000L, "disbursed_won", 100_000_000L));
			assertThat(jdbc.sql("select b.bank_code from " + s + "agreement_bank b join " + s + "agreement a "
					+ "on a.id = b.agreement_id where a.code = 'MIG-ONE-KODIT'").query(String.class).list())
				.containsExactlyInAnyOrder("WOORI", "KB");
			assertThat(jdbc.sql("select f.funder_code from " + s + "agreement_funder f join " + s + "agreement a "
					+ "on a.id = f.agreement_id where a.code = 'MIG-ONE-KODIT'").query(String.class).list())
				.containsExactly("HYUNDAI");
			assertThat(jdbc.sql("select a.code, count(*), sum(e.amount_won) from " + s + "capacity_ledger_entry e join "
					+ s + "agreement a on a.id = e.agreement_id where e.programme_id = :p group by a.code")
				.param("p", programme)
				.query((row, number) -> List.of(row.getString(1), row.getLong(2), row.getLong(3)))
				.list()).containsExactly(List.of("MIG-ONE-KODIT", 2L, 1_000_000_000L));
			assertThat(jdbc.sql("select a.code from " + s + "capacity_reservation r join " + s + "agreement a "
					+ "on a.id = r.agreement_id where r.application_id = :a").param("a", submitted).query(String.class)
				.single()).isEqualTo("MIG-ONE-KODIT");
			assertThat(jdbc.sql("select id, agreement_code from " + s + "guarantee_application where programme_code = "
					+ "'MIG-ONE' order by id")
				.query((row, number) -> List.of(row.getLong(1), row.getString(2)))
				.list()).containsExactly(List.of(submitted, "MIG-ONE-KODIT"), List.of(draft, "MIG-ONE-KODIT"));
			assertThat(jdbc.sql("select agreement_code, status, sum(applications) from " + s
					+ "submitted_application_count where programme_code = 'MIG-ONE' group by 1, 2")
				.query((row, number) -> List.of(row.getString(1), row.getString(2), row.getLong(3)))
				.list()).containsExactly(List.of("MIG-ONE-KODIT", "SUBMITTED", 1L));
			assertThat(jdbc.sql("select is_nullable from information_schema.columns where table_schema = :schema "
					+ "and table_name = 'guarantee_application' and column_name = 'agreement_code'")
				.param("schema", schema)
				.query(String.class)
				.single()).isEqualTo("NO");
		}
		finally {
			jdbc.sql("drop schema if exists " + schema + " cascade").update();
			FileSystemUtils.deleteRecursively(before);
		}
	}

	@Test
	void theSeededProgrammesAreCarriedByTheAgreementsTheContractNames() {
		assertThat(jdbc.sql("select a.agency_code, a.capacity_won, a.eligibility from agreement a "
				+ "join programme p on p.id = a.programme_id where p.code = 'HMG-KB-WOORI' order by a.position")
			.query((row, number) -> List.of(row.getString(1), row.getLong(2), row.getString(3)))
			.list()).containsExactly(List.of("KODIT", 900_000_000_000L, "ANY"),
					List.of("KIBO", 250_000_000_000L, "TECHNOLOGY"), List.of("K-SURE", 150_000_000_000L, "EXPORTER"));
		assertThat(jdbc.sql("select p.code, string_agg(a.agency_code, ',') from agreement a "
				+ "join programme p on p.id = a.programme_id where p.code in ('POSCOINTL-KODIT', 'POSCO-IBK-KSURE') "
				+ "group by p.code order by p.code")
			.query((row, number) -> List.of(row.getString(1), row.getString(2)))
			.list()).containsExactly(List.of("POSCO-IBK-KSURE", "K-SURE"), List.of("POSCOINTL-KODIT", "KODIT"));
	}

	@Test
	void everyProgrammesFiguresAreTheSumsOfItsAgreementsAndEveryAgreementsCapacityTheSumOfItsEntries() {
		assertThat(jdbc.sql("select p.code from programme p join agreement a on a.programme_id = p.id "
				+ "group by p.id having p.capacity_won <> sum(a.capacity_won) or p.committed_won <> sum(a.committed_won) "
				+ "or p.disbursed_won <> sum(a.disbursed_won)").query(String.class).list()).isEmpty();
		assertThat(jdbc.sql("select a.code from agreement a left join capacity_ledger_entry e on e.agreement_id = a.id "
				+ "group by a.id having a.capacity_won <> coalesce(sum(case when e.kind = 'DECREASE' then -e.amount_won "
				+ "else e.amount_won end), 0)").query(String.class).list()).isEmpty();
		assertThat(jdbc.sql("select g.id from guarantee_application g left join agreement a on a.code = g.agreement_code "
				+ "left join programme p on p.id = a.programme_id where p.code is distinct from g.programme_code")
			.query(Long.class)
			.list()).isEmpty();
	}

	/**
	 * A programme with two agencies (KODIT leads), two banks, a funder, two ledger entries, a reservation partly
	 * paid out, a submitted application and a draft.
	 *
	 * @return the programme's id, the submitted application's and the draft's
	 */
	private long[] earlierData(String s) {
		long programme = jdbc
			.sql("insert into " + s + "programme (code, name_ko, name_en, status, capacity_won, committed_won, "
					+ "disbursed_won) values ('MIG-ONE', '이전 프로그램', 'Earlier programme', 'OPEN', 1000000000, "
					+ "300000000, 100000000) returning id")
			.query(Long.class)
			.single();
		jdbc.sql("insert into " + s + "programme_agency (programme_id, agency_code, lead) values "
				+ "(:p, 'KIBO', false), (:p, 'KODIT', true)").param("p", programme).update();
		jdbc.sql("insert into " + s + "programme_bank (programme_id, bank_code) values (:p, 'WOORI'), (:p, 'KB')")
			.param("p", programme)
			.update();
		jdbc.sql("insert into " + s + "programme_funder (programme_id, funder_code, position) values "
				+ "(:p, 'HYUNDAI', 1)").param("p", programme).update();
		jdbc.sql("insert into " + s + "capacity_ledger_entry (programme_id, kind, amount_won, reason, recorded_by) "
				+ "values (:p, 'INITIAL', 800000000, '', 'admin'), (:p, 'INCREASE', 200000000, '추가', 'admin')")
			.param("p", programme)
			.update();
		long submitted = application(s, "SUBMITTED", 1L);
		long draft = application(s, "DRAFT", null);
		jdbc.sql("insert into " + s + "capacity_reservation (application_id, programme_id, reserved_won, "
				+ "consumed_won) values (:a, :p, 300000000, 100000000)")
			.param("a", submitted)
			.param("p", programme)
			.update();
		return new long[] { programme, submitted, draft };
	}

	private long application(String s, String status, Long receipt) {
		return jdbc
			.sql("insert into " + s + "guarantee_application (programme_code, organisation_id, business_number, "
					+ "company_name, status, amount_won, purpose, term_months, bank_code, business_plan, receipt_number, "
					+ "submitted_at) values ('MIG-ONE', :organisation, '1018100340', '(주)이전', :status, 300000000, "
					+ "'WORKING_CAPITAL', 12, 'WOORI', '계획', :receipt, case when cast(:receipt as bigint) is null then null else now() end) "
					+ "returning id")
			.param("organisation", receipt == null ? 2 : 1)
			.param("status", status)
			.param("receipt", receipt)
			.query(Long.class)
			.single();
	}

	/**
	 * A directory with the versioned migrations before {@code version}, as a database had them then.
	 */
	private static Path migrationsBefore(int version) throws IOException {
		Path directory = Files.createTempDirectory("migrations-before-" + version);
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql")) {
			Matcher matcher = VERSION.matcher(resource.getFilename());
			if (matcher.matches() && Integer.parseInt(matcher.group(1)) < version) {
				try (InputStream in = resource.getInputStream()) {
					Files.copy(in, directory.resolve(resource.getFilename()));
				}
			}
		}
		return directory;
	}

}
