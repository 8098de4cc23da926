package kr.sangsaeng.program.web;

/**
 * The administrator changes the unit in which an agreement states its capacity, with a reason.
 */
public class CapacityUnitForm {

	private String agreement = "";

	private String unit = "";

	private String reason = "";

	public String getAgreement() {
		return agreement;
	}

	public void setAgreement(String agreement) {
		this.agreement = agreement;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
