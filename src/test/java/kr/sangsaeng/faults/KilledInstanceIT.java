package kr.sangsaeng.faults;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.audit.AuditChain;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeIntake;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.UploadedDocument;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance killed with {@code kill -9} in the middle of a burst of submissions loses nothing it confirmed and
 * leaves nothing half-written: every submission an SME was told succeeded is there after the restart, with its
 * receipt number, document, timeline and audit entry, and every other application is still a whole draft.
 */
@SangsaengTest
class KilledInstanceIT {

	static final int SMES = 24;

	static final int AT_ONCE = 6;

	static final int KILL_AFTER_SUCCESSES = 6;

	static final Won ASKED = Won.of(100_000_000);

	static final String PASSWORD = "granite orchard ferry 41";

	static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();

	static final Pattern RECEIPT_NOTICE = Pattern.compile("접수번호는 (\\d{6,})입니다");

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	ProgrammeIntake intake;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AuditChain auditChain;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void submissionsConfirmedBeforeAKillNineAreKeptWholeAfterTheRestartAndTheRestAreWholeDrafts() throws Exception {
		ProgrammeCode programme = TestProgrammes.uniqueCode("KILL");
		administration.create(programme, TestProgrammes.draft(Won.of(500_000_000), Won.of(1_000_000_000)),
				Won.of(100_000_000_000L), "admin");
		administration.moveTo(programme, ProgrammeStatus.OPEN, "admin");
		// far above what the SMEs ask, so that every submission moves the running intake that a limit keeps
		intake.limit(programme, ProgrammeIntake.MAX_LIMIT_PERCENT, "admin");
		List<Draft> drafts = new ArrayList<>();
		String hash = passwords.encode(PASSWORD);
		for (int i = 0; i < SMES; i++) {
			drafts.add(draft(programme, hash));
		}
		Map<ApplicationId, Long> documentsBefore = new HashMap<>();
		drafts.forEach(draft -> documentsBefore.put(draft.id(), stored(draft.id()).documents()));
		Path log = Path.of("target", "killed-instance.log");
		Files.deleteIfExists(log);
		HikariDataSource database = dataSource.unwrap(HikariDataSource.class);

		Map<ApplicationId, String> confirmed = new ConcurrentHashMap<>();
		Map<ApplicationId, Visitor> visitors = new ConcurrentHashMap<>();
		List<ApplicationId> unanswered = new ArrayList<>();
		int exit;
		int port;
		ExecutorService smes = Executors.newFixedThreadPool(AT_ONCE);
		try (SeparateInstance instance = SeparateInstance.start(database, log)) {
			port = instance.port();
			List<Future<?>> signIns = new ArrayList<>();
			for (Draft draft : drafts) {
				signIns.add(smes.submit(() -> visitors.put(draft.id(),
						new Visitor(instance.port()).signIn(draft.sme().username(), PASSWORD))));
			}
			for (Future<?> signIn : signIns) {
				signIn.get(60, TimeUnit.SECONDS);
			}

			CountDownLatch enoughConfirmed = new CountDownLatch(KILL_AFTER_SUCCESSES);
			List<Future<?>> submissions = new ArrayList<>();
			for (Draft draft : drafts) {
				submissions.add(smes.submit(() -> {
					String page = "/applications/" + draft.id().value();
					try {
						Visitor sme = visitors.get(draft.id());
						HttpResponse<String> answer = sme.submit(page, page + "/submit", Map.of());
						if (answer.statusCode() == 302) {
							Matcher notice = RECEIPT_NOTICE.matcher(sme.get(Visitor.path(answer)).body());
							if (notice.find()) {
								confirmed.put(draft.id(), notice.group(1));
								enoughConfirmed.countDown();
							}
						}
					}
					catch (Exception connectionLostWithTheInstance) {
						// no answer: the SME does not know whether the submission went through
					}
				}));
			}
			assertThat(enoughConfirmed.await(60, TimeUnit.SECONDS)).as("submissions confirmed before the kill")
				.isTrue();
			exit = instance.killNine();
			for (Future<?> submission : submissions) {
				submission.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			smes.shutdownNow();
		}

		assertThat(exit).as("the instance was killed by SIGKILL").isEqualTo(SeparateInstance.KILLED_BY_SIGKILL);
		drafts.stream().filter(draft -> !confirmed.containsKey(draft.id())).forEach(draft -> unanswered.add(draft.id()));
		assertThat(unanswered).as("the kill came in the middle of the burst").isNotEmpty();

		try (SeparateInstance restarted = SeparateInstance.start(database, log, port)) {
			for (Map.Entry<ApplicationId, String> submission : confirmed.entrySet()) {
				HttpResponse<String> page = visitors.get(submission.getKey())
					.get("/applications/" + submission.getKey().value());
				assertThat(page.statusCode()).as("the session kept in PostgreSQL outlives the instance").isEqualTo(200);
				assertThat(page.body()).contains("접수번호 " + submission.getValue());
			}
		}

		for (Draft draft : drafts) {
			Stored stored = stored(draft.id());
			String confirmedReceipt = confirmed.get(draft.id());
			if (confirmedReceipt != null) {
				assertThat(stored.status()).isEqualTo("SUBMITTED");
				assertThat(String.format("%06d", stored.receipt())).isEqualTo(confirmedReceipt);
			}
			assertThat(stored.documents()).as("documents of %s", draft.id()).isEqualTo(documentsBefore.get(draft.id()));
			if ("SUBMITTED".equals(stored.status())) {
				assertThat(stored.receipt()).isNotNull();
				assertThat(stored.submittedAt()).isTrue();
				assertThat(stored.submissionsInTimeline()).isEqualTo(1);
				assertThat(stored.submissionsAudited()).isEqualTo(1);
			}
			else {
				assertThat(stored.status()).as("neither submitted nor a draft: %s", draft.id()).isEqualTo("DRAFT");
				assertThat(stored.receipt()).isNull();
				assertThat(stored.submittedAt()).isFalse();
				assertThat(stored.submissionsInTimeline()).isZero();
				assertThat(stored.submissionsAudited()).isZero();
			}
		}
		long submitted = count("select count(*) from guarantee_application where programme_code = :programme "
				+ "and status = 'SUBMITTED'", programme);
		assertThat(submitted).isGreaterThanOrEqualTo(confirmed.size());
		assertThat(count("select coalesce(sum(applications), 0) from submitted_application_count "
				+ "where programme_code = :programme and status = 'SUBMITTED'", programme))
			.as("the counters agree with the applications")
			.isEqualTo(submitted);
		assertThat(count("select coalesce(sum(applications), 0) from submitted_application_count "
				+ "where programme_code = :programme and status <> 'SUBMITTED'", programme)).isZero();
		assertThat(count("select intake_won from programme where code = :programme", programme))
			.as("the programme's intake holds exactly the submitted amounts")
			.isEqualTo(submitted * ASKED.value());
		assertThat(auditChain.verify().intact()).isTrue();
		System.out.printf("Killed instance: %d of %d submissions confirmed before kill -9, %d more found submitted "
				+ "without an answer, %d whole drafts%n", confirmed.size(), SMES, submitted - confirmed.size(),
				SMES - submitted);
	}

	private Draft draft(ProgrammeCode programme, String passwordHash) {
		Applicant sme = TestSmes.newSme(jdbc);
		jdbc.sql("insert into user_account (username, password_hash, display_name, role, organisation_id) "
				+ "values (:email, :hash, '김대표', 'SME_APPLICANT', :organisation)")
			.param("email", sme.username())
			.param("hash", passwordHash)
			.param("organisation", sme.organisationId())
			.update();
		ApplicationId id = applications.startDraft(sme, programme, new ApplicationContent(ASKED,
				LoanPurpose.WORKING_CAPITAL, 24, new BankCode("WOORI"), "원자재 구매 자금으로 납품 물량을 늘리고 매출로 상환합니다."));
		TestChecklists.complete(applications, sme, id, new UploadedDocument("plan.pdf", "application/pdf", PDF));
		return new Draft(sme, id);
	}

	private Stored stored(ApplicationId id) {
		return jdbc.sql("select a.status, a.receipt_number, a.submitted_at is not null, "
				+ "(select count(*) from application_document d where d.application_id = a.id), "
				+ "(select count(*) from application_timeline_entry t where t.application_id = a.id "
				+ "and t.to_status = 'SUBMITTED'), "
				+ "(select count(*) from audit_entry e where e.subject = 'application:' || a.id "
				+ "and e.action = 'application.status-changed' and e.details ->> 'to' = 'SUBMITTED') "
				+ "from guarantee_application a where a.id = :id")
			.param("id", id.value())
			.query((row, number) -> new Stored(row.getString(1), (Long) row.getObject(2), row.getBoolean(3),
					row.getLong(4), row.getLong(5), row.getLong(6)))
			.single();
	}

	private long count(String sql, ProgrammeCode programme) {
		return jdbc.sql(sql).param("programme", programme.value()).query(Long.class).single();
	}

	record Draft(Applicant sme, ApplicationId id) {
	}

	record Stored(String status, Long receipt, boolean submittedAt, long documents, long submissionsInTimeline,
			long submissionsAudited) {
	}

}
