package kr.sangsaeng.disbursement;

/**
 * What a change of a guaranteed loan after approval asks for.
 */
public enum LoanChangeKind {

	/** A lower loan amount, not below what was paid out. */
	AMOUNT_DOWN,

	/** A longer term, within the programme's longest. */
	TERM_EXTENSION,

	/** Another lending bank of the same agreement, before any payment. */
	BANK_CHANGE;

	public String messageKey() {
		return "loanChange.kind." + name();
	}

}
