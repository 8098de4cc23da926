package kr.sangsaeng.identity;

/**
 * Whether an SME has proved that its business registration number is its own. Staff organisations are always
 * {@link #VERIFIED}.
 */
public enum Ownership {

	/** The company proved the number (or was registered before proof was asked for). */
	VERIFIED,

	/** The company claims the number and has not proved it yet: it may prepare drafts but not submit them. */
	UNVERIFIED,

	/** Another company proved the number is its own: this claim no longer holds. */
	SUPERSEDED;

	public String messageKey() {
		return "ownership." + name();
	}

}
