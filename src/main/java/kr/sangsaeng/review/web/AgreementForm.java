package kr.sangsaeng.review.web;

/**
 * What the SME's representative types to accept the guarantee agreement: their own name.
 */
public class AgreementForm {

	private String representativeName = "";

	public String getRepresentativeName() {
		return representativeName;
	}

	public void setRepresentativeName(String representativeName) {
		this.representativeName = representativeName;
	}

}
