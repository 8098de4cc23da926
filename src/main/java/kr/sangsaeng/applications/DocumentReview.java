package kr.sangsaeng.applications;

/**
 * What the reviewer made of one document: not looked at yet, accepted, or asked for again with a reason.
 */
public enum DocumentReview {

	PENDING, ACCEPTED, ASKED_AGAIN

}
