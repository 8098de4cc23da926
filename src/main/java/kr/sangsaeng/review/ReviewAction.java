package kr.sangsaeng.review;

import java.time.Instant;

import kr.sangsaeng.applications.RejectionReason;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

/**
 * One step of an agency's review, with the comment its author gave. Comments stay within the agency; what the
 * SME reads is {@code messageToApplicant}.
 *
 * @param kind {@code ASSIGNED}, {@code RELEASED}, {@code INFO_REQUESTED}, {@code REJECTED}, {@code RECOMMENDED},
 * {@code RETURNED} or {@code APPROVED}
 * @param assignee on an assignment, who was given the application
 */
public record ReviewAction(String kind, RejectionReason reason, String comment, String messageToApplicant,
		Won amount, Percentage ratio, Percentage feeRate, String conditions, String assignee, Actor actor,
		Instant at) {

	public String messageKey() {
		return "review.action." + kind;
	}

}
