package kr.sangsaeng.program;

/**
 * Which companies an agreement admits, by what their profile declares.
 */
public enum AgreementEligibility {

	/** Any company the programme admits. */
	ANY,
	/** Technology firms (기술기업, e.g. venture or innobiz certified), as KIBO's agreements are for. */
	TECHNOLOGY,
	/** Exporters, as K-SURE's agreements are for. */
	EXPORTER;

	public boolean admits(boolean technologyFirm, boolean exporter) {
		return switch (this) {
			case ANY -> true;
			case TECHNOLOGY -> technologyFirm;
			case EXPORTER -> exporter;
		};
	}

	/**
	 * {@code agreement.eligibility.} and the name: who the agreement is for.
	 */
	public String messageKey() {
		return "agreement.eligibility." + name();
	}

	/**
	 * {@code agreement.ineligible.} and the name: why a company is not admitted.
	 */
	public String refusalKey() {
		return "agreement.ineligible." + name();
	}

}
