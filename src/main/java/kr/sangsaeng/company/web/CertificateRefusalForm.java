package kr.sangsaeng.company.web;

/**
 * Why an agency officer refuses a business registration certificate, as typed; the company reads it. Checked by
 * {@link kr.sangsaeng.company.OwnershipCertificates#refuse}, which says what is wrong next to the field.
 */
record CertificateRefusalForm(String reason) {

	static CertificateRefusalForm empty() {
		return new CertificateRefusalForm("");
	}

}
