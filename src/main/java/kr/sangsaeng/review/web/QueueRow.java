package kr.sangsaeng.review.web;

import java.time.Duration;
import java.time.Instant;

import kr.sangsaeng.applications.ApplicationQueue;

/**
 * One line of the queue as the page shows it.
 *
 * @param workingDays the working days the application has waited since submission, while it waits
 * @param assigneeName the name of the person working on it, or {@code null}
 * @param mine whether the reader works on it
 */
record QueueRow(ApplicationQueue.Line line, Integer workingDays, boolean overdue, Elapsed sinceLastAction,
		String assigneeName, boolean mine) {

	/**
	 * How long ago something happened, in the largest whole unit: minutes, hours or days.
	 */
	record Elapsed(String messageKey, long amount) {

		static Elapsed between(Instant moment, Instant now) {
			if (moment == null) {
				return null;
			}
			Duration elapsed = Duration.between(moment, now);
			if (elapsed.toMinutes() < 1) {
				return new Elapsed("review.queue.ago.now", 0);
			}
			if (elapsed.toHours() < 1) {
				return new Elapsed("review.queue.ago.minutes", elapsed.toMinutes());
			}
			if (elapsed.toDays() < 1) {
				return new Elapsed("review.queue.ago.hours", elapsed.toHours());
			}
			return new Elapsed("review.queue.ago.days", elapsed.toDays());
		}

	}

}
