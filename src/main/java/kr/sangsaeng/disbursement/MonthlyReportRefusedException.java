package kr.sangsaeng.disbursement;

/**
 * A value of a monthly report that the loan does not allow, such as a balance above what was paid out or a month
 * still to come; {@link #field()} names it.
 */
public class MonthlyReportRefusedException extends LoanRuleException {

	MonthlyReportRefusedException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
