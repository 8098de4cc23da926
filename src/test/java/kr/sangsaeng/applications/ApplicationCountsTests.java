package kr.sangsaeng.applications;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SangsaengTest
class ApplicationCountsTests {

	private static final String REVIEWER = "kodit.reviewer";

	@Autowired
	ApplicationCounts counts;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCountsEqualADirectCountAfterARandomLifeOfApplications() {
		ProgrammeCode programme = openProgramme();
		Random random = new Random(20261128L);
		List<Applied> applied = new ArrayList<>();
		Set<ApplicationStatus> seen = EnumSet.noneOf(ApplicationStatus.class);

		for (int step = 0; step < 240; step++) {
			if (applied.isEmpty() || random.nextInt(4) == 0) {
				applied.add(draft(programme, Won.of(100_000_000L * (1 + random.nextInt(20)))));
			}
			else {
				Applied one = applied.get(random.nextInt(applied.size()));
				try {
					moveOn(one, random);
				}
				catch (ApplicationRuleException refused) {
					// a step this application cannot take now: nothing changed, and the counts must say so
				}
			}
			if (random.nextInt(15) == 0) {
				counts.fold();
			}
			if (step % 40 == 39) {
				assertThat(counted(programme)).isEqualTo(directCount(programme));
			}
			applied.forEach(one -> seen.add(status(one.id())));
		}

		assertThat(counted(programme)).isEqualTo(directCount(programme));
		assertThat(seen).as("the sequence reached most states").hasSizeGreaterThanOrEqualTo(10);
	}

	@Test
	void concurrentSubmissionsToOneProgrammeAreAllCountedWhileTheCountsAreFolded() throws Exception {
		ProgrammeCode programme = openProgramme();
		int submissions = 24;
		List<Applied> drafts = new ArrayList<>();
		for (int i = 0; i < submissions; i++) {
			drafts.add(draft(programme, Won.of(100_000_000)));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (Applied draft : drafts) {
				done.add(pool.submit(() -> {
					start.await();
					return applications.submit(draft.sme(), draft.id());
				}));
			}
			for (int i = 0; i < 4; i++) {
				done.add(pool.submit(() -> {
					start.await();
					return counts.fold();
				}));
			}
			start.countDown();
			for (Future<?> each : done) {
				each.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(counts.byStatus(List.of(programme)))
			.containsExactlyEntriesOf(Map.of(ApplicationStatus.SUBMITTED, (long) submissions));
		assertThat(counted(programme)).isEqualTo(directCount(programme));
	}

	private record Applied(Applicant sme, ApplicationId id) {
	}

	/**
	 * Mostly a step the application can take in its state, sometimes any step (refused, changing nothing).
	 */
	private void moveOn(Applied one, Random random) {
		int[] steps = switch (status(one.id())) {
			case DRAFT -> new int[] { 0 };
			case SUBMITTED -> new int[] { 1, 7 };
			case UNDER_REVIEW -> new int[] { 2, 4, 5, 6 };
			case INFO_REQUESTED -> new int[] { 3, 7 };
			case RECOMMENDED -> new int[] { 6 };
			case APPROVED -> new int[] { 8, 11 };
			case DISBURSING -> new int[] { 9 };
			case ACTIVE -> new int[] { 10 };
			default -> new int[] { 0 };
		};
		step(one, random.nextInt(6) == 0 ? random.nextInt(12) : steps[random.nextInt(steps.length)], random);
	}

	private void step(Applied one, int step, Random random) {
		ApplicationId id = one.id();
		switch (step) {
			case 0 -> applications.submit(one.sme(), id);
			case 1 -> applications.assign(id, version(id), REVIEWER, Actor.person(REVIEWER, Role.AGENCY_REVIEWER));
			case 2 -> applications.requestInformation(id, version(id), "재무제표를 올려 주세요.", Actor.person(REVIEWER,
					Role.AGENCY_REVIEWER));
			case 3 -> applications.answer(one.sme(), id, "재무제표를 올렸습니다.");
			case 4 -> applications.reject(id, version(id), RejectionReason.CREDIT, "신용도가 기준에 미치지 못합니다.",
					Actor.person(REVIEWER, Role.AGENCY_REVIEWER));
			case 5 -> applications.recommend(id, version(id), Actor.person(REVIEWER, Role.AGENCY_REVIEWER));
			case 6 -> applications.approve(id, version(id), Won.of(100_000_000), Actor.person("kodit.approver", Role.AGENCY_APPROVER));
			case 7 -> applications.withdraw(one.sme(), id);
			case 8 -> applications.moveLoan(id, ApplicationStatus.DISBURSING, Actor.person("woori.officer", Role.BANK_OFFICER));
			case 9 -> applications.moveLoan(id, ApplicationStatus.ACTIVE, Actor.person("woori.officer", Role.BANK_OFFICER));
			case 10 -> applications.moveLoan(id, random.nextBoolean() ? ApplicationStatus.REPAID
					: ApplicationStatus.DEFAULTED, Actor.person("woori.officer", Role.BANK_OFFICER));
			default -> applications.moveLoan(id, ApplicationStatus.CANCELLED, Actor.person("woori.officer", Role.BANK_OFFICER));
		}
	}

	private ProgrammeCode openProgramme() {
		ProgrammeCode programme = TestProgrammes.uniqueCode("CT");
		administration.create(programme, TestProgrammes.draft(Won.of(5_000_000_000L), Won.of(5_000_000_000L)),
				Won.of(500_000_000_000L), "admin");
		administration.moveTo(programme, ProgrammeStatus.OPEN, "admin");
		return programme;
	}

	private Applied draft(ProgrammeCode programme, Won amount) {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, programme, new ApplicationContent(amount,
				LoanPurpose.FACILITIES, 36, new BankCode("WOORI"), "설비 도입 자금으로 생산 능력을 늘리고 매출로 상환합니다."));
		TestChecklists.complete(applications, sme, id, TestSmes.businessPlan());
		return new Applied(sme, id);
	}

	private long version(ApplicationId id) {
		return TestSmes.version(applications, id);
	}

	private ApplicationStatus status(ApplicationId id) {
		return ApplicationStatus.valueOf(jdbc.sql("select status from guarantee_application where id = :id")
			.param("id", id.value())
			.query(String.class)
			.single());
	}

	private Map<ApplicationStatus, List<Long>> counted(ProgrammeCode programme) {
		Map<ApplicationStatus, List<Long>> result = new HashMap<>();
		counts.byProgrammeAndStatus(List.of(programme))
			.forEach(count -> result.put(count.status(), List.of(count.applications(), count.requested().value())));
		return result;
	}

	private Map<ApplicationStatus, List<Long>> directCount(ProgrammeCode programme) {
		Map<ApplicationStatus, List<Long>> result = new HashMap<>();
		jdbc.sql("select status, count(*), sum(amount_won) from guarantee_application "
				+ "where programme_code = :programme and receipt_number is not null group by status")
			.param("programme", programme.value())
			.query((row, number) -> result.put(ApplicationStatus.valueOf(row.getString(1)),
					List.of(row.getLong(2), row.getLong(3))))
			.list();
		return result;
	}

}
