package kr.sangsaeng.system;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Removes the sessions of people who left without signing out, once per run across all instances (instead of
 * every instance deleting the same rows every minute).
 */
@Component
class ExpiredSessions {

	private final JdbcIndexedSessionRepository sessions;

	ExpiredSessions(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Scheduled(cron = "${sangsaeng.sessions.cleanup-cron}")
	@SchedulerLock(name = "expired-sessions", lockAtLeastFor = "PT30S", lockAtMostFor = "PT5M")
	public void remove() {
		sessions.cleanUpExpiredSessions();
	}

}
