package kr.sangsaeng.applications;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With several instances serving the app, the scheduled fold of the application counts runs on one of them at a
 * time: an instance that finds another's run holding the lock skips its own.
 */
@SangsaengTest
class ScheduledCountFoldingTests {

	static final String PROGRAMME = "FOLD-TEST";

	@Autowired
	ScheduledCountFolding folding;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheRows() {
		jdbc.sql("delete from submitted_application_count where programme_code = :programme")
			.param("programme", PROGRAMME)
			.update();
	}

	@Test
	void aFoldWhileAnotherInstanceHoldsTheLockIsSkippedAndTheNextRunFoldsTheRows() {
		removeTheRows();
		for (int i = 0; i < 3; i++) {
			jdbc.sql("insert into submitted_application_count (programme_code, agreement_code, status, applications, "
					+ "requested_won) values (:programme, 'FOLD-TEST-KODIT', 'SUBMITTED', 1, 100000000)")
				.param("programme", PROGRAMME)
				.update();
		}
		lockHeldByAnotherInstanceFor("1 minute");

		folding.fold();

		assertThat(rows()).as("rows left as they were while another instance folds").isEqualTo(3);

		lockHeldByAnotherInstanceFor("-1 second");
		folding.fold();

		assertThat(rows()).isEqualTo(1);
		assertThat(jdbc.sql("select applications, requested_won from submitted_application_count "
				+ "where programme_code = :programme")
			.param("programme", PROGRAMME)
			.query((row, number) -> row.getLong(1) + "/" + row.getLong(2))
			.single()).isEqualTo("3/300000000");
	}

	private void lockHeldByAnotherInstanceFor(String interval) {
		jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values ('application-counts-fold', "
				+ "timezone('utc', now()) + cast(:interval as interval), timezone('utc', now()), 'another-instance') "
				+ "on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by")
			.param("interval", interval)
			.update();
	}

	private long rows() {
		return jdbc.sql("select count(*) from submitted_application_count where programme_code = :programme")
			.param("programme", PROGRAMME)
			.query(Long.class)
			.single();
	}

}
