package kr.sangsaeng.applications;

import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;

/**
 * What the SME writes in an application, checked.
 *
 * @param agreement the agreement of the programme the SME chose, or {@code null} for the programme's only (lead)
 * agreement
 */
public record ApplicationContent(Won amount, LoanPurpose purpose, int termMonths, BankCode bankCode,
		String businessPlan, AgreementCode agreement) {

	/**
	 * Content for the programme's lead agreement.
	 */
	public ApplicationContent(Won amount, LoanPurpose purpose, int termMonths, BankCode bankCode,
			String businessPlan) {
		this(amount, purpose, termMonths, bankCode, businessPlan, null);
	}

}
