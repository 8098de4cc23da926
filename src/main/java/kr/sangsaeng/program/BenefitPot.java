package kr.sangsaeng.program;

/**
 * The two pots of an agreement that approved guarantees draw on.
 */
public enum BenefitPot {

	/** Pays the funders' share of the guarantee fee. */
	FEE_SUPPORT("fee_support_won", "fee_support_drawn_won"),

	/** Pays the interest preference at the bank. */
	INTEREST_SUBSIDY("interest_subsidy_won", "interest_subsidy_drawn_won");

	private final String fundedColumn;

	private final String drawnColumn;

	BenefitPot(String fundedColumn, String drawnColumn) {
		this.fundedColumn = fundedColumn;
		this.drawnColumn = drawnColumn;
	}

	String fundedColumn() {
		return fundedColumn;
	}

	String drawnColumn() {
		return drawnColumn;
	}

	public String messageKey() {
		return "contribution.pot." + name();
	}

}
