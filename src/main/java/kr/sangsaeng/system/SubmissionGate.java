package kr.sangsaeng.system;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Lets a bounded number of submissions be worked on at once: each takes a permit before its session is read and
 * gives it back when its answer is written. A submission that gets no permit within the configured wait is
 * answered with a waiting page (or a 503 problem for bank systems) instead of queueing for a database
 * connection until Tomcat's threads run out.
 */
@Component
class SubmissionGate {

	private final Semaphore permits;

	private final long waitNanos;

	SubmissionGate(OverloadProperties properties) {
		this.permits = new Semaphore(properties.maxSubmissionsInFlight(), true);
		this.waitNanos = properties.submissionWait().toNanos();
	}

	/**
	 * Takes a permit, waiting at most the configured time.
	 *
	 * @return whether the submission may go ahead (and must then {@link #leave()})
	 */
	boolean enter() {
		try {
			return permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	void leave() {
		permits.release();
	}

	int available() {
		return permits.availablePermits();
	}

}
