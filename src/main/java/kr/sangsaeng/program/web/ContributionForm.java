package kr.sangsaeng.program.web;

/**
 * A funder's contribution to one of a programme's agreements, as the administrator types it.
 */
public class ContributionForm {

	private String agreement = "";

	private String funder = "";

	private String contributionKind = "SPECIAL";

	private String contributedAmount = "";

	private String receivedOn = "";

	private String multiple = "12.5";

	/**
	 * The code of the agreement the contribution was paid to; blank for a programme with only one.
	 */
	public String getAgreement() {
		return agreement;
	}

	public void setAgreement(String agreement) {
		this.agreement = agreement;
	}

	public String getFunder() {
		return funder;
	}

	public void setFunder(String funder) {
		this.funder = funder;
	}

	public String getContributionKind() {
		return contributionKind;
	}

	public void setContributionKind(String contributionKind) {
		this.contributionKind = contributionKind;
	}

	public String getContributedAmount() {
		return contributedAmount;
	}

	public void setContributedAmount(String contributedAmount) {
		this.contributedAmount = contributedAmount;
	}

	/**
	 * The day the contribution was received, as {@code yyyy-MM-dd}.
	 */
	public String getReceivedOn() {
		return receivedOn;
	}

	public void setReceivedOn(String receivedOn) {
		this.receivedOn = receivedOn;
	}

	/**
	 * For a special contribution, how many won of capacity one won backs, e.g. {@code 12.5}.
	 */
	public String getMultiple() {
		return multiple;
	}

	public void setMultiple(String multiple) {
		this.multiple = multiple;
	}

}
