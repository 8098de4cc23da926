package kr.sangsaeng.disbursement.api;

import java.time.Instant;
import java.util.List;

import kr.sangsaeng.disbursement.DisbursementEntry;
import kr.sangsaeng.disbursement.Loan;

/**
 * A guaranteed loan as bank systems read it. Amounts are whole won.
 *
 * @param id the loan's id, used in the loan's URLs
 * @param disbursements the loan's payments and reversals, oldest first, when one loan is asked for
 */
record LoanJson(long id, String guaranteeNumber, String programmeCode, String agencyCode, String companyName,
		String businessRegistrationNumber, long approvedWon, long disbursedWon, long remainingWon, String status,
		Instant issuedAt, List<DisbursementJson> disbursements) {

	static LoanJson of(Loan loan) {
		return new LoanJson(loan.id().value(), loan.guaranteeNumber(), loan.programmeCode().value(),
				loan.agencyCode().value(),
				loan.companyName(), loan.businessNumber(), loan.approved().value(), loan.disbursed().value(),
				loan.remaining().value(), loan.status().name(), loan.issuedAt(), null);
	}

	static LoanJson of(Loan loan, List<DisbursementEntry> entries) {
		LoanJson summary = of(loan);
		return new LoanJson(summary.id(), summary.guaranteeNumber(), summary.programmeCode(), summary.agencyCode(),
				summary.companyName(), summary.businessRegistrationNumber(), summary.approvedWon(),
				summary.disbursedWon(), summary.remainingWon(), summary.status(), summary.issuedAt(),
				entries.stream().map(DisbursementJson::of).toList());
	}

}
