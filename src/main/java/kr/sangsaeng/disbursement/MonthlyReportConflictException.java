package kr.sangsaeng.disbursement;

/**
 * The month was reported already with another balance or status; the first report stands.
 */
public class MonthlyReportConflictException extends LoanRuleException {

	private final transient MonthlyReport earlier;

	MonthlyReportConflictException(MonthlyReport earlier) {
		super("month", "loan.report.rule.alreadyReported", earlier.month().toString());
		this.earlier = earlier;
	}

	public MonthlyReport earlier() {
		return earlier;
	}

}
