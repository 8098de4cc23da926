package kr.sangsaeng.system;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Lets a bounded number of submissions be worked on at once: each takes a permit before its session is read and
 * gives it back when its answer is written. People's form submissions and bank systems' API calls have permits of
 * their own, so that a bank's burst is not refused because an opening rush holds every form permit, and a person
 * is not kept waiting behind a bank's burst. A submission that gets no permit within its wait is answered with a
 * waiting page (or a 503 problem for bank systems) instead of queueing for a database connection until Tomcat's
 * threads run out.
 */
@Component
class SubmissionGate {

	private final Permits forms;

	private final Permits bankCalls;

	SubmissionGate(OverloadProperties properties) {
		this.forms = new Permits(properties.maxSubmissionsInFlight(), properties.submissionWait());
		this.bankCalls = new Permits(properties.maxBankCallsInFlight(), properties.bankCallWait());
	}

	/**
	 * The permits of people's form submissions.
	 */
	Permits forms() {
		return forms;
	}

	/**
	 * The permits of bank systems' API calls.
	 */
	Permits bankCalls() {
		return bankCalls;
	}

	/**
	 * A number of permits taken in turn (fairly), and how long one waits for them.
	 */
	static final class Permits {

		private final Semaphore permits;

		private final long waitNanos;

		Permits(int permits, Duration wait) {
			this.permits = new Semaphore(permits, true);
			this.waitNanos = wait.toNanos();
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

		/**
		 * Takes a permit only if one is free and nobody is waiting for one.
		 *
		 * @return whether the submission may go ahead (and must then {@link #leave()})
		 */
		boolean enterIfFree() {
			try {
				// with a timeout, unlike without, the semaphore keeps its fairness: it does not cut in
				return permits.tryAcquire(0, TimeUnit.NANOSECONDS);
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

}
