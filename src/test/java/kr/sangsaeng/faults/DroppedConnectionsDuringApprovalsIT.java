package kr.sangsaeng.faults;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.sangsaeng.TestDatabaseConfiguration;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.audit.AuditChain;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Approvals racing for one programme's capacity while the database connections they run on are cut again and
 * again ({@code pg_terminate_backend}), as a failover or an administrator would: approvers get either their answer
 * or the waiting page, never an error page, and afterwards the capacity ledger still sums exactly; every
 * guarantee holds its reservation and no reservation is without its approval. This context has its own
 * connection pool, whose connections name themselves so that only they are cut.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.hikari.data-source-properties.ApplicationName="
				+ DroppedConnectionsDuringApprovalsIT.POOL_NAME)
@Import(TestDatabaseConfiguration.class)
class DroppedConnectionsDuringApprovalsIT {

	static final String POOL_NAME = "sangsaeng-approvals-under-fire";

	static final int APPLICATIONS = 30;

	static final int APPROVERS = 6;

	static final Won ASKED = Won.of(100_000_000);

	/** Capacity for 15 of the 30 applications. */
	static final Won CAPACITY = Won.of(1_500_000_000);

	static final String PASSWORD = "granite orchard ferry 41";

	static final String APPROVED_NOTICE = "신청을 승인하고 보증서를 발급했습니다.";

	@LocalServerPort
	int port;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AuditChain auditChain;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void approvalsWhoseConnectionsAreCutAnswerCleanlyAndTheLedgerStillSumsExactly() throws Exception {
		ProgrammeCode programme = TestProgrammes.uniqueCode("CUT");
		administration.create(programme, TestProgrammes.draft(Won.of(500_000_000), Won.of(1_000_000_000)), CAPACITY,
				"admin");
		administration.moveTo(programme, ProgrammeStatus.OPEN, "admin");
		List<ApplicationId> submitted = new ArrayList<>();
		for (int i = 0; i < APPLICATIONS; i++) {
			submitted.add(submitted(programme));
		}
		List<Visitor> approvers = new ArrayList<>();
		for (int i = 0; i < APPROVERS; i++) {
			approvers.add(new Visitor(port).signIn(koditApprover(), PASSWORD));
		}

		Queue<Answer> answers = new ConcurrentLinkedQueue<>();
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		Cutter cutter = new Cutter(pool);
		ExecutorService approving = Executors.newFixedThreadPool(APPROVERS);
		long stormEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
		try {
			Thread cutting = new Thread(cutter, "pg-terminate-backend");
			cutting.start();
			List<Future<?>> work = new ArrayList<>();
			for (int i = 0; i < APPROVERS; i++) {
				Visitor approver = approvers.get(i);
				List<ApplicationId> share = new ArrayList<>();
				for (int j = i; j < APPLICATIONS; j += APPROVERS) {
					share.add(submitted.get(j));
				}
				work.add(approving.submit(() -> {
					for (ApplicationId id : share) {
						// on the waiting page the approver tries again, as the page itself would after Retry-After
						while (!approve(approver, id, answers) && System.nanoTime() < stormEnds) {
						}
					}
					return null;
				}));
			}
			for (Future<?> done : work) {
				done.get(90, TimeUnit.SECONDS);
			}
			cutter.stop();
			cutting.join(10_000);
		}
		finally {
			cutter.stop();
			approving.shutdownNow();
		}

		assertThat(cutter.cut()).as("connections cut while they worked").isPositive();
		assertThat(answers).as("approvals that went through between the cuts")
			.anySatisfy(answer -> assertThat(answer.request()).startsWith("approve"))
			.anySatisfy(answer -> assertThat(answer.status()).isEqualTo(302));
		assertThat(answers).as("approvers got their answer or the waiting page, never an error")
			.allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(200, 302, 503));
		assertThat(answers).filteredOn(answer -> answer.status() == 503)
			.allSatisfy(answer -> assertThat(answer.waitingPage()).as(answer.toString()).isTrue());

		// once the database holds still, approvers try again what they have not seen approved
		Queue<Answer> retries = new ConcurrentLinkedQueue<>();
		for (int i = 0; i < APPLICATIONS; i++) {
			ApplicationId id = submitted.get(i);
			if (!"APPROVED".equals(status(id))) {
				approve(approvers.get(i % APPROVERS), id, retries);
			}
		}
		assertThat(retries).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(200, 302));

		try (Connection direct = connect(pool)) {
			JdbcClient database = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
					direct, true));
			long approved = database.sql("select count(*) from guarantee_application "
					+ "where programme_code = :programme and status = 'APPROVED'")
				.param("programme", programme.value())
				.query(Long.class)
				.single();
			assertThat(approved).as("exactly the approvals that fit the capacity").isEqualTo(15);
			assertThat(database.sql("select p.committed_won - coalesce((select sum(r.reserved_won) "
					+ "from capacity_reservation r where r.programme_id = p.id and r.released_at is null), 0) "
					+ "from programme p where p.code = :programme")
				.param("programme", programme.value())
				.query(Long.class)
				.single()).as("committed is the sum of the reservations").isZero();
			assertThat(database.sql("select count(*) from guarantee_application a "
					+ "left join capacity_reservation r on r.application_id = a.id "
					+ "left join guarantee g on g.application_id = a.id "
					+ "where a.programme_code = :programme and a.status = 'APPROVED' "
					+ "and (r.application_id is null or r.reserved_won <> a.approved_won or g.id is null)")
				.param("programme", programme.value())
				.query(Long.class)
				.single()).as("approvals without their reservation or guarantee").isZero();
			assertThat(database.sql("select count(*) from capacity_reservation r join programme p on p.id = r.programme_id "
					+ "left join guarantee_application a on a.id = r.application_id "
					+ "where p.code = :programme and (a.id is null or a.status <> 'APPROVED')")
				.param("programme", programme.value())
				.query(Long.class)
				.single()).as("reservations without their approval").isZero();
			assertThat(database.sql("select count(*) from guarantee g left join guarantee_application a "
					+ "on a.id = g.application_id where g.programme_code = :programme "
					+ "and (a.id is null or a.status <> 'APPROVED')")
				.param("programme", programme.value())
				.query(Long.class)
				.single()).as("guarantees without their approval").isZero();
		}

		JsonNode published = publishedProgramme(programme);
		assertThat(published.get("capacityWon").asLong()).isEqualTo(CAPACITY.value());
		assertThat(published.get("committedWon").asLong()).isEqualTo(CAPACITY.value());
		assertThat(published.get("committedWon").asLong() + published.get("remainingWon").asLong())
			.isEqualTo(published.get("capacityWon").asLong());
		assertThat(auditChain.verify().intact()).isTrue();
		System.out.printf("Approvals under cut connections: %d working connections cut; answers %s; %d approvals "
				+ "tried again afterwards%n", cutter.cut(), tally(answers), retries.size());
	}

	/**
	 * Opens the application and approves it on the terms the page offers.
	 *
	 * @return whether the approver got an answer other than the waiting page
	 */
	private boolean approve(Visitor approver, ApplicationId id, Queue<Answer> answers) throws Exception {
		String page = "/review/" + id.value();
		HttpResponse<String> opened = approver.get(page);
		if (opened.statusCode() != 200) {
			answers.add(Answer.of("open " + id.value(), opened));
			return opened.statusCode() != 503;
		}
		Document document = Jsoup.parse(opened.body());
		Element form = document.selectFirst("form[action=" + page + "/approve]");
		if (form == null) {
			return true; // decided meanwhile: nothing to approve
		}
		Map<String, String> fields = new LinkedHashMap<>();
		form.select("input[name], textarea[name]").forEach(field -> fields.put(field.attr("name"),
				"textarea".equals(field.tagName()) ? field.text() : field.val()));
		fields.put("comment", "매출 대비 상환 능력이 충분합니다.");
		HttpResponse<String> decided = approver.post(page + "/approve", fields);
		answers.add(Answer.of("approve " + id.value(), decided));

		if (decided.statusCode() == 302) {
			approver.get(Visitor.path(decided)); // reads the notice, as the browser would
		}
		return decided.statusCode() != 503;
	}

	private ApplicationId submitted(ProgrammeCode programme) {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, programme, new ApplicationContent(ASKED,
				LoanPurpose.WORKING_CAPITAL, 24, new BankCode("WOORI"), "원자재 구매 자금으로 납품 물량을 늘리고 매출로 상환합니다."));
		TestChecklists.complete(applications, sme, id, TestSmes.businessPlan());
		applications.submit(sme, id);
		return id;
	}

	private String koditApprover() {
		String username = "kodit.approver.cut." + Long.toString(System.nanoTime(), 36);
		jdbc.sql("insert into user_account (username, password_hash, display_name, role, organisation_id) "
				+ "select :username, :hash, '최결재', 'AGENCY_APPROVER', id from organisation where code = 'KODIT'")
			.param("username", username)
			.param("hash", passwords.encode(PASSWORD))
			.update();
		return username;
	}

	private String status(ApplicationId id) {
		return jdbc.sql("select status from guarantee_application where id = :id")
			.param("id", id.value())
			.query(String.class)
			.single();
	}

	private JsonNode publishedProgramme(ProgrammeCode programme) throws Exception {
		HttpResponse<String> answer = new Visitor(port).getJson("/api/v1/programmes");
		assertThat(answer.statusCode()).isEqualTo(200);
		for (JsonNode published : json.readTree(answer.body())) {
			if (published.get("code").asString().equals(programme.value())) {
				return published;
			}
		}
		throw new AssertionError(programme + " is not published");
	}

	private static Map<Integer, Long> tally(Queue<Answer> answers) {
		Map<Integer, Long> tally = new java.util.TreeMap<>();
		answers.forEach(answer -> tally.merge(answer.status(), 1L, Long::sum));
		return tally;
	}

	static Connection connect(HikariDataSource pool) throws SQLException {
		return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
				pool.getPassword() == null ? "" : pool.getPassword());
	}

	/**
	 * What an approver's browser received.
	 */
	record Answer(String request, int status, boolean waitingPage) {

		static Answer of(String request, HttpResponse<String> response) {
			boolean waiting = response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()
					&& Jsoup.parse(response.body()).title().contains("잠시만 기다려 주세요");
			return new Answer(request, response.statusCode(), waiting);
		}

	}

	/**
	 * Cuts, again and again, a connection of the application's pool that is working (in a statement or a
	 * transaction), from a connection of its own.
	 */
	static final class Cutter implements Runnable {

		private final HikariDataSource pool;

		private final AtomicBoolean running = new AtomicBoolean(true);

		private volatile long cut;

		Cutter(HikariDataSource pool) {
			this.pool = pool;
		}

		@Override
		public void run() {
			try (Connection connection = connect(pool); Statement statement = connection.createStatement()) {
				while (running.get()) {
					try (ResultSet terminated = statement.executeQuery("select pg_terminate_backend(pid) "
							+ "from pg_stat_activity where application_name = '" + POOL_NAME + "' "
							+ "and state <> 'idle' and pid <> pg_backend_pid() order by random() limit 1")) {
						while (terminated.next()) {
							if (terminated.getBoolean(1)) {
								cut++;
							}
						}
					}
					// a pace, not a wait for anything: most work between two cuts goes through
					LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
				}
			}
			catch (SQLException failure) {
				throw new IllegalStateException(failure);
			}
		}

		void stop() {
			running.set(false);
		}

		long cut() {
			return cut;
		}

	}

}
