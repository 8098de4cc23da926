package kr.sangsaeng.disbursement.web;

import java.time.YearMonth;

/**
 * A month's report of the loan as the bank officer types it on the loan's page.
 */
public class MonthlyReportForm {

	private String month = "";

	private String balanceWon = "";

	private String status = "CURRENT";

	private String daysInArrears = "";

	static MonthlyReportForm forMonth(YearMonth month) {
		MonthlyReportForm form = new MonthlyReportForm();
		form.month = month.toString();
		return form;
	}

	public String getMonth() {
		return month;
	}

	public void setMonth(String month) {
		this.month = month;
	}

	public String getBalanceWon() {
		return balanceWon;
	}

	public void setBalanceWon(String balanceWon) {
		this.balanceWon = balanceWon;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getDaysInArrears() {
		return daysInArrears;
	}

	public void setDaysInArrears(String daysInArrears) {
		this.daysInArrears = daysInArrears;
	}

}
