package kr.sangsaeng.company.web;

/**
 * The company fields that the sign-up form and the profile form share, as typed.
 */
interface CompanyDetailsForm {

	int NAME_LENGTH = 100;

	int REPRESENTATIVE_LENGTH = 50;

	int EMAIL_LENGTH = 254;

	int PHONE_LENGTH = 20;

	/** Longer than anything valid in a choice, number, amount or date field. */
	int SHORT_FIELD_LENGTH = 40;

	String companyName();

	/**
	 * The company's name in English; blank when it uses its Korean name in English too.
	 */
	default String companyNameEnglish() {
		return null;
	}

	String representativeName();

	String industry();

	String region();

	String employees();

	String annualRevenue();

	String foundedOn();

	String phone();

	/**
	 * {@code true} when the company declares itself a technology firm; blank or missing when it does not.
	 */
	default String technologyFirm() {
		return null;
	}

	/**
	 * {@code true} when the company declares itself an exporter; blank or missing when it does not.
	 */
	default String exporter() {
		return null;
	}

}
