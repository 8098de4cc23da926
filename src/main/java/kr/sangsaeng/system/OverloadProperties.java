package kr.sangsaeng.system;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much work the application takes on at once before it asks people to come back shortly.
 *
 * @param maxSubmissionsInFlight how many submissions (form posts to {@code submissionPaths}) are worked on at
 * once; keep it below the connection pool's size so that pages still get connections during a rush
 * @param submissionWait how long a submission waits for its turn before the waiting page is shown
 * @param maxBankCallsInFlight how many bank systems' API calls ({@code POST}s under {@code /api/} among
 * {@code submissionPaths}) are worked on at once, besides the submissions; together with
 * {@code maxSubmissionsInFlight} keep it below the connection pool's size
 * @param bankCallWait how long a bank system's call waits for its turn before it is answered 503
 * @param retryAfter what {@code Retry-After} says, and when the waiting page sends the form again by itself
 * @param submissionPaths the paths (path patterns) whose {@code POST}s count as submissions
 * @param anonymousSubmissionPaths those of them that people send before signing in (sign-up): their waiting page
 * offers no sign-out
 * @param submissionTimeEstimate how long a submission is taken to hold its permit until the waiting line has
 * measured it; the line spaces its places by that time divided by {@code maxSubmissionsInFlight}
 */
@ConfigurationProperties("sangsaeng.overload")
record OverloadProperties(int maxSubmissionsInFlight, Duration submissionWait, int maxBankCallsInFlight,
		Duration bankCallWait, Duration retryAfter,
		List<String> submissionPaths, List<String> anonymousSubmissionPaths, Duration submissionTimeEstimate) {

	OverloadProperties {
		if (maxSubmissionsInFlight < 1) {
			throw new IllegalArgumentException("sangsaeng.overload.max-submissions-in-flight must be at least 1");
		}
		if (maxBankCallsInFlight < 1) {
			throw new IllegalArgumentException("sangsaeng.overload.max-bank-calls-in-flight must be at least 1");
		}
		submissionWait = submissionWait == null ? Duration.ZERO : submissionWait;
		bankCallWait = bankCallWait == null ? Duration.ZERO : bankCallWait;
		retryAfter = retryAfter == null || retryAfter.isNegative() ? Duration.ofSeconds(5) : retryAfter;
		submissionPaths = submissionPaths == null ? List.of() : List.copyOf(submissionPaths);
		anonymousSubmissionPaths = anonymousSubmissionPaths == null ? List.of() : List.copyOf(anonymousSubmissionPaths);
		submissionTimeEstimate = submissionTimeEstimate == null || submissionTimeEstimate.isNegative() || submissionTimeEstimate.isZero()
				? Duration.ofMillis(100) : submissionTimeEstimate;
	}

	/**
	 * {@link #retryAfter()} in whole seconds, at least one.
	 */
	long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

}
