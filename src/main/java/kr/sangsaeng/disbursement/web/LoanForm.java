package kr.sangsaeng.disbursement.web;

import java.time.LocalDate;

/**
 * What a bank officer typed on a loan's page. One form serves every action; each reads the fields it needs.
 */
public class LoanForm {

	private String amountWon = "";

	private String disbursedOn = "";

	private String reference = "";

	private String reason = "";

	/**
	 * A fresh form, its payment dated {@code today}.
	 */
	static LoanForm startingOn(LocalDate today) {
		LoanForm form = new LoanForm();
		form.disbursedOn = today.toString();
		return form;
	}

	public String getAmountWon() {
		return amountWon;
	}

	public void setAmountWon(String amountWon) {
		this.amountWon = amountWon;
	}

	public String getDisbursedOn() {
		return disbursedOn;
	}

	public void setDisbursedOn(String disbursedOn) {
		this.disbursedOn = disbursedOn;
	}

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
