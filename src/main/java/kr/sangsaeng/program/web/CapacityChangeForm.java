package kr.sangsaeng.program.web;

/**
 * A change of capacity as the administrator types it.
 */
public class CapacityChangeForm {

	private String kind = "INCREASE";

	private String amount = "";

	private String reason = "";

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

}
