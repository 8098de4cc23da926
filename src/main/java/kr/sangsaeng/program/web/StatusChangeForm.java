package kr.sangsaeng.program.web;

/**
 * A move of a programme to another status as the administrator asks for it: where to, why, and whether they have
 * seen what it will change and confirmed it.
 */
public class StatusChangeForm {

	private String target = "";

	private String reason = "";

	private boolean confirmed;

	public String getTarget() {
		return target;
	}

	public void setTarget(String target) {
		this.target = target;
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
