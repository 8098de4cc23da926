package kr.sangsaeng.program;

/**
 * What a funder's contribution to an agreement pays for.
 */
public enum ContributionKind {

	/** A special contribution to the guarantee agency (특별출연), backing the agreement's capacity at a multiple. */
	SPECIAL,

	/** A guarantee-fee support fund (보증료 지원): pays the funders' share of the guarantee fee. */
	FEE_SUPPORT,

	/** An interest-subsidy deposit at the bank (이차보전 예치금): pays the SMEs' interest preference. */
	INTEREST_SUBSIDY;

	public boolean backsCapacity() {
		return this == SPECIAL;
	}

	public String messageKey() {
		return "contribution.kind." + name();
	}

}
