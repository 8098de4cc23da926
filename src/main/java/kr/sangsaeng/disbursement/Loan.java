package kr.sangsaeng.disbursement;

import java.time.Instant;

import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.program.ProgrammeCode;

/**
 * A guaranteed loan as its bank pays it out.
 *
 * @param id the loan's id, which is that of the application it was approved on
 * @param approved the approved loan amount, the most that may be paid out
 * @param disbursed what was paid out, less reversals
 * @param certificateIssuedAt when the certificate reached the bank, {@code null} before
 * @param certificateAcknowledgedAt when the bank acknowledged it, {@code null} before
 */
public record Loan(ApplicationId id, String guaranteeNumber, ProgrammeCode programmeCode, AgencyCode agencyCode,
		BankCode bankCode, long organisationId, String businessNumber, String companyName, Won approved,
		Won disbursed, LoanStatus status, Instant issuedAt, Instant firstDisbursedAt, Instant closedAt,
		long version, Percentage guaranteeRatio, Instant certificateIssuedAt, Instant certificateAcknowledgedAt) {

	/**
	 * The agency delivered the guarantee certificate to the bank: the SME accepted the agreement and its fee is paid.
	 */
	public boolean hasCertificate() {
		return certificateIssuedAt != null;
	}

	/**
	 * The bank acknowledged receiving the certificate; only then may it pay the loan out.
	 */
	public boolean isCertificateAcknowledged() {
		return certificateAcknowledgedAt != null;
	}

	public Won remaining() {
		return approved.minus(disbursed);
	}

	public String formattedBusinessNumber() {
		return new BusinessRegistrationNumber(businessNumber).formatted();
	}

}
