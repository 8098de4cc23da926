package kr.sangsaeng.review;

import java.time.Instant;
import java.time.LocalDate;

import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.program.ProgrammeCode;

/**
 * A guarantee an agency issued for an approved loan.
 *
 * @param number the guarantee number, {@code KODIT-2026-000123}: agency, year of issue, running number
 * @param loanAmount the approved loan
 * @param ratio the share of the loan guaranteed
 * @param guaranteedAmount the loan times the ratio, in whole won rounded down
 * @param feeRate the yearly guarantee fee rate
 * @param yearlyFee the guaranteed amount times the fee rate, per year
 * @param recommendedBy who recommended it when a second person had to approve, otherwise {@code null}
 */
public record Guarantee(String number, ApplicationId application, ProgrammeCode programmeCode, AgencyCode agencyCode,
		BankCode bankCode, long organisationId, String businessNumber, String companyName, Won loanAmount,
		Percentage ratio, Won guaranteedAmount, Percentage feeRate, Won yearlyFee, int termMonths, String conditions,
		LocalDate validFrom, LocalDate validUntil, String recommendedBy, String approvedBy, Instant issuedAt) {

	public boolean hasConditions() {
		return conditions != null && !conditions.isBlank();
	}

}
