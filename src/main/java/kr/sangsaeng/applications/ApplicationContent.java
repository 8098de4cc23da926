package kr.sangsaeng.applications;

import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;

/**
 * What the SME writes in an application, checked.
 */
public record ApplicationContent(Won amount, LoanPurpose purpose, int termMonths, BankCode bankCode,
		String businessPlan) {
}
