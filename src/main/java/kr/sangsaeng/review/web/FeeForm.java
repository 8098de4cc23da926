package kr.sangsaeng.review.web;

/**
 * The SME's confirmation that the first year's guarantee fee is paid.
 */
public class FeeForm {

	private String confirmed = "";

	public String getConfirmed() {
		return confirmed;
	}

	public void setConfirmed(String confirmed) {
		this.confirmed = confirmed;
	}

}
