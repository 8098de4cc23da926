package kr.sangsaeng.identity.web;

/**
 * A new API token as the administrator asks for it: for which bank, and what to call it.
 */
public class ApiTokenForm {

	private String bankCode = "";

	private String name = "";

	public String getBankCode() {
		return bankCode;
	}

	public void setBankCode(String bankCode) {
		this.bankCode = bankCode;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
