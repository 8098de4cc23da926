package kr.sangsaeng.applications.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import kr.sangsaeng.shared.SeoulTime;

/**
 * The way from submission to the money at the bank as the SME follows it: each step with when it was done, who
 * holds the application now and for how many days.
 *
 * @param holder the message key of who acts next (the agency, the company or the bank), {@code null} once paid out
 * @param days whole days since the last step was done, counted in Seoul
 */
public record GuaranteePath(List<Step> steps, String holder, long days) {

	/**
	 * One step; {@code at} is {@code null} while it is not done.
	 */
	public record Step(String key, Instant at, String holder) {

		public boolean isDone() {
			return at != null;
		}

	}

	static GuaranteePath of(List<Step> steps, LocalDate today) {
		Instant last = null;
		String holder = null;
		for (Step step : steps) {
			if (step.isDone()) {
				last = step.at();
			}
			else {
				holder = step.holder();
				break;
			}
		}
		long days = last == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(last, SeoulTime.ZONE), today));
		return new GuaranteePath(steps, holder, days);
	}

}
