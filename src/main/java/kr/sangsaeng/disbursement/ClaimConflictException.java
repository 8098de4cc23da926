package kr.sangsaeng.disbursement;

/**
 * A claim the loan's state does not allow now: the loan is not in default, or another claim of it stands.
 */
public class ClaimConflictException extends LoanRuleException {

	ClaimConflictException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
