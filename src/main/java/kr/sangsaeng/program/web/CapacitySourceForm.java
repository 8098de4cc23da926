package kr.sangsaeng.program.web;

/**
 * The administrator has an agreement's capacity follow its special contributions again, with a reason.
 */
public class CapacitySourceForm {

	private String agreement = "";

	private String reason = "";

	public String getAgreement() {
		return agreement;
	}

	public void setAgreement(String agreement) {
		this.agreement = agreement;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
