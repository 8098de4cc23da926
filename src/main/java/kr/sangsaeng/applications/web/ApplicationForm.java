package kr.sangsaeng.applications.web;

import kr.sangsaeng.applications.ApplicationView;

/**
 * The application form as the SME typed it.
 */
public class ApplicationForm {

	private String agreementCode = "";

	private String amount = "";

	private String purpose = "";

	private String termMonths = "";

	private String bankCode = "";

	private String businessPlan = "";

	static ApplicationForm of(ApplicationView application) {
		ApplicationForm form = new ApplicationForm();
		form.amount = String.format("%,d", application.amount().value());
		form.purpose = application.purpose().name();
		form.termMonths = Integer.toString(application.termMonths());
		form.bankCode = application.bankCode() == null ? "" : application.bankCode().value();
		form.businessPlan = application.businessPlan();
		form.agreementCode = application.agreementCode() == null ? "" : application.agreementCode().value();
		return form;
	}

	public String getAgreementCode() {
		return agreementCode;
	}

	public void setAgreementCode(String agreementCode) {
		this.agreementCode = agreementCode;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getTermMonths() {
		return termMonths;
	}

	public void setTermMonths(String termMonths) {
		this.termMonths = termMonths;
	}

	public String getBankCode() {
		return bankCode;
	}

	public void setBankCode(String bankCode) {
		this.bankCode = bankCode;
	}

	public String getBusinessPlan() {
		return businessPlan;
	}

	public void setBusinessPlan(String businessPlan) {
		this.businessPlan = businessPlan;
	}

}
