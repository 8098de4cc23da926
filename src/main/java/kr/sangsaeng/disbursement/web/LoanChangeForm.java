package kr.sangsaeng.disbursement.web;

/**
 * What the SME or the bank typed to ask for a change of a guaranteed loan, or agency staff to reject one; each
 * action reads the fields it needs.
 */
public class LoanChangeForm {

	private String kind = "";

	private String newAmountWon = "";

	private String newTermMonths = "";

	private String newBankCode = "";

	private String reason = "";

	private String rejectionReason = "";

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getNewAmountWon() {
		return newAmountWon;
	}

	public void setNewAmountWon(String newAmountWon) {
		this.newAmountWon = newAmountWon;
	}

	public String getNewTermMonths() {
		return newTermMonths;
	}

	public void setNewTermMonths(String newTermMonths) {
		this.newTermMonths = newTermMonths;
	}

	public String getNewBankCode() {
		return newBankCode;
	}

	public void setNewBankCode(String newBankCode) {
		this.newBankCode = newBankCode;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getRejectionReason() {
		return rejectionReason;
	}

	public void setRejectionReason(String rejectionReason) {
		this.rejectionReason = rejectionReason;
	}

}
