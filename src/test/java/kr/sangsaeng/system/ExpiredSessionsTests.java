package kr.sangsaeng.system;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SangsaengTest
class ExpiredSessionsTests {

	@Autowired
	ExpiredSessions expiredSessions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void expiredSessionsAreRemovedByOneRunAtATimeWhicheverInstanceStartsIt() {
		releaseLock();
		String expired = expiredSession();

		expiredSessions.remove();

		assertThat(sessionExists(expired)).isFalse();
		assertThat(jdbc.sql("select count(*) from shedlock where name = 'expired-sessions' and lock_until > "
				+ "timezone('utc', now())").query(Long.class).single())
			.as("the run holds its lock for a while, so that another instance's run at the same time is skipped")
			.isEqualTo(1L);

		String expiredMeanwhile = expiredSession();
		expiredSessions.remove();
		assertThat(sessionExists(expiredMeanwhile)).as("a second run while the lock is held does nothing").isTrue();

		releaseLock();
		expiredSessions.remove();
		assertThat(sessionExists(expiredMeanwhile)).isFalse();
	}

	/**
	 * As if the last run's lock had timed out.
	 */
	private void releaseLock() {
		jdbc.sql("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' "
				+ "where name = 'expired-sessions'").update();
	}

	private String expiredSession() {
		String id = UUID.randomUUID().toString();
		long longAgo = System.currentTimeMillis() - 3_600_000;
		jdbc.sql("insert into spring_session (primary_id, session_id, creation_time, last_access_time, "
				+ "max_inactive_interval, expiry_time) values (:id, :id, :at, :at, 1800, :expired)")
			.param("id", id)
			.param("at", longAgo)
			.param("expired", longAgo + 1_800_000)
			.update();
		return id;
	}

	private boolean sessionExists(String id) {
		return jdbc.sql("select count(*) from spring_session where primary_id = :id")
			.param("id", id)
			.query(Long.class)
			.single() == 1;
	}

}
