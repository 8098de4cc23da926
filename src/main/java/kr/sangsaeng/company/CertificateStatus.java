package kr.sangsaeng.company;

/**
 * Where an uploaded business registration certificate stands.
 */
public enum CertificateStatus {

	/** Waiting for an agency officer. */
	PENDING,

	/** An officer confirmed it: the company proved its number. */
	CONFIRMED,

	/** An officer refused it, saying why; the company may upload another. */
	REFUSED,

	/** The company uploaded another certificate before an officer decided. */
	REPLACED,

	/** No longer needed before an officer decided: the company proved its number otherwise, or another company did. */
	CLOSED;

	public String messageKey() {
		return "certificate.status." + name();
	}

}
