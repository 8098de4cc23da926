package kr.sangsaeng.review.web;

import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.program.ProgrammeTerms;

/**
 * What a reviewer typed to decide on an application. One form serves every decision; each action reads the fields
 * it needs. {@code version} is the version of the application the reviewer saw.
 */
public class DecisionForm {

	private String version = "";

	private String message = "";

	private String reason = "";

	private String explanation = "";

	private String amount = "";

	private String ratio = "";

	private String feeRate = "";

	private String conditions = "";

	private String comment = "";

	private String assignee = "";

	private String dueOn = "";

	/**
	 * A fresh form for the application: the approval prefilled with the amount asked for and the programme's
	 * default ratio and fee.
	 */
	static DecisionForm of(ApplicationView application, ProgrammeTerms terms) {
		DecisionForm form = new DecisionForm();
		form.version = Long.toString(application.version());
		form.amount = String.format("%,d", application.amount().value());
		form.ratio = terms.guaranteeRatio().plain();
		form.feeRate = terms.guaranteeFee().plain();
		form.assignee = application.assignee() == null ? "" : application.assignee();
		return form;
	}

	/**
	 * The same, with the deadline a request for information gets unless the reviewer picks another.
	 */
	static DecisionForm of(ApplicationView application, ProgrammeTerms terms, java.time.LocalDate defaultDueOn) {
		DecisionForm form = of(application, terms);
		form.dueOn = defaultDueOn.toString();
		return form;
	}

	public String getDueOn() {
		return dueOn;
	}

	public void setDueOn(String dueOn) {
		this.dueOn = dueOn;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getExplanation() {
		return explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getRatio() {
		return ratio;
	}

	public void setRatio(String ratio) {
		this.ratio = ratio;
	}

	public String getFeeRate() {
		return feeRate;
	}

	public void setFeeRate(String feeRate) {
		this.feeRate = feeRate;
	}

	public String getConditions() {
		return conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public String getAssignee() {
		return assignee;
	}

	public void setAssignee(String assignee) {
		this.assignee = assignee;
	}

}
