package kr.sangsaeng.identity.web;

/**
 * Why an administrator disables an account, and whether they have seen whom it signs out and confirmed it.
 */
public class AccountDisableForm {

	private String reason = "";

	private boolean confirmed;

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
