package kr.sangsaeng.disbursement.web;

import java.time.LocalDate;

/**
 * What a bank officer or agency staff typed about a claim: the bank files it, the agency recommends, pays or
 * rejects it, either records a recovery. Each action reads the fields it needs.
 */
public class ClaimForm {

	private String coveredLossWon = "";

	private String claimedWon = "";

	private String defaultDate = "";

	private String reference = "";

	private String amountWon = "";

	private String note = "";

	private String paidOn = "";

	private String reason = "";

	private String recoveredOn = "";

	/**
	 * A fresh form, its dates set to {@code today}.
	 */
	static ClaimForm startingOn(LocalDate today) {
		ClaimForm form = new ClaimForm();
		form.defaultDate = today.toString();
		form.paidOn = today.toString();
		form.recoveredOn = today.toString();
		return form;
	}

	public String getCoveredLossWon() {
		return coveredLossWon;
	}

	public void setCoveredLossWon(String coveredLossWon) {
		this.coveredLossWon = coveredLossWon;
	}

	public String getClaimedWon() {
		return claimedWon;
	}

	public void setClaimedWon(String claimedWon) {
		this.claimedWon = claimedWon;
	}

	public String getDefaultDate() {
		return defaultDate;
	}

	public void setDefaultDate(String defaultDate) {
		this.defaultDate = defaultDate;
	}

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getAmountWon() {
		return amountWon;
	}

	public void setAmountWon(String amountWon) {
		this.amountWon = amountWon;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getPaidOn() {
		return paidOn;
	}

	public void setPaidOn(String paidOn) {
		this.paidOn = paidOn;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getRecoveredOn() {
		return recoveredOn;
	}

	public void setRecoveredOn(String recoveredOn) {
		this.recoveredOn = recoveredOn;
	}

}
