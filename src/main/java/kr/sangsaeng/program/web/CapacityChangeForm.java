package kr.sangsaeng.program.web;

/**
 * A change of capacity as the administrator types it, and whether they have seen the capacity before and after and
 * confirmed it.
 */
public class CapacityChangeForm {

	private String agreement = "";

	private String kind = "INCREASE";

	private String amount = "";

	private String reason = "";

	private boolean confirmed;

	/**
	 * The code of the programme's agreement whose capacity changes; blank for a programme with only one.
	 */
	public String getAgreement() {
		return agreement;
	}

	public void setAgreement(String agreement) {
		this.agreement = agreement;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public boolean isConfirmed() {
		return confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

}
