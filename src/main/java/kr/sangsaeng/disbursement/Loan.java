package kr.sangsaeng.disbursement;

import java.time.Instant;

import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.program.ProgrammeCode;

/**
 * A guaranteed loan as its bank pays it out.
 *
 * @param id the loan's id, which is that of the application it was approved on
 * @param approved the approved loan amount, the most that may be paid out
 * @param disbursed what was paid out, less reversals
 */
public record Loan(ApplicationId id, String guaranteeNumber, ProgrammeCode programmeCode, AgencyCode agencyCode,
		BankCode bankCode, long organisationId, String businessNumber, String companyName, Won approved,
		Won disbursed, LoanStatus status, Instant issuedAt, Instant firstDisbursedAt, Instant closedAt,
		long version) {

	public Won remaining() {
		return approved.minus(disbursed);
	}

	public String formattedBusinessNumber() {
		return new BusinessRegistrationNumber(businessNumber).formatted();
	}

}
