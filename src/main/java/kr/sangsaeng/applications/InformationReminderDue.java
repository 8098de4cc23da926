package kr.sangsaeng.applications;

import java.time.Instant;
import java.time.LocalDate;

import kr.sangsaeng.shared.ApplicationId;

/**
 * The SME has not yet answered the agency's request for information, whose deadline is {@code daysBefore} days
 * away. Published once for each request and reminder.
 */
public record InformationReminderDue(ApplicationId application, long organisationId, LocalDate dueOn,
		int daysBefore, Instant at) {

}
