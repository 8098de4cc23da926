package kr.sangsaeng.applications;

/**
 * One line of an agreement's checklist: a document the agreement asks for, whether the SME must upload it before
 * submitting, and the oldest it may be in days on the day of submission ({@code null}: any age).
 */
public record DocumentRequirement(String documentType, boolean required, Integer maxAgeDays) {

	/** The most days a checklist may allow, about ten years. */
	public static final int MAX_AGE_DAYS = 3650;

	String describe() {
		return documentType + ": " + (required ? "required" : "optional") + ", "
				+ (maxAgeDays == null ? "any age" : "issued within " + maxAgeDays + " days");
	}

}
