package kr.sangsaeng.disbursement.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.disbursement.Claim;
import kr.sangsaeng.disbursement.DisbursementEntry;
import kr.sangsaeng.disbursement.Loan;
import kr.sangsaeng.disbursement.LoanChange;
import kr.sangsaeng.disbursement.MonthlyReport;
import kr.sangsaeng.disbursement.MonthlyReports.Outstanding;
import kr.sangsaeng.program.YearlyCost;
import kr.sangsaeng.program.YearlyCosts;

/**
 * A guaranteed loan as bank systems read it. Amounts are whole won.
 *
 * @param id the loan's id, used in the loan's URLs
 * @param guaranteeRatio the share of the loan guaranteed, in percent
 * @param certificateUrl where the bank's system downloads the guarantee certificate as a PDF with its token,
 * {@code null} until the SME has accepted the agreement and paid its fee
 * @param certificateAcknowledged whether the bank acknowledged receiving the certificate; payments wait for it
 * @param outstandingBalanceWon the latest monthly report's balance, what was paid out before any report, 0 once repaid
 * @param outstandingGuaranteeWon the outstanding balance times the guarantee ratio
 * @param disbursements the loan's payments and reversals, oldest first, when one loan is asked for
 * @param monthlyReports the bank's monthly reports, latest month first, when one loan is asked for
 * @param yearlyCosts what the guarantee costs year by year, when one loan is asked for
 * @param claim the bank's latest claim on the loan once it defaulted, when one loan is asked for and there is one
 * @param changes the changes asked for after approval (amount, term, bank), oldest first, when one loan is asked for
 */
record LoanJson(long id, String guaranteeNumber, String programmeCode, String agencyCode, String companyName,
		String businessRegistrationNumber, long approvedWon, long disbursedWon, long remainingWon, String status,
		Instant issuedAt, BigDecimal guaranteeRatio, String certificateUrl, boolean certificateAcknowledged,
		long outstandingBalanceWon, long outstandingGuaranteeWon, List<DisbursementJson> disbursements,
		List<MonthlyReportJson> monthlyReports, ClaimJson claim, List<YearlyCostJson> yearlyCosts,
		List<LoanChangeJson> changes) {

	/**
	 * One year of the guarantee's cost, in whole won, as the certificate and the SME's application show it.
	 *
	 * @param months the months of the loan's term in that year (12, or fewer in a last, partial year)
	 * @param feeRate the year's fee rate in percent
	 * @param interestSavedWon what the interest preference saves the company that year
	 */
	record YearlyCostJson(int year, int months, long guaranteedWon, BigDecimal feeRate, long feeWon,
			long fundersShareWon, long smeShareWon, long interestSavedWon) {

		static YearlyCostJson of(YearlyCost cost) {
			return new YearlyCostJson(cost.year(), cost.months(), cost.guaranteed().value(),
					new BigDecimal(cost.feeRate().plain()), cost.fee().value(), cost.paidByFunders().value(),
					cost.paidBySme().value(), cost.interestSaved().value());
		}

	}

	static LoanJson of(Loan loan, Outstanding outstanding) {
		return new LoanJson(loan.id().value(), loan.guaranteeNumber(), loan.programmeCode().value(),
				loan.agencyCode().value(),
				loan.companyName(), loan.businessNumber(), loan.approved().value(), loan.disbursed().value(),
				loan.remaining().value(), loan.status().name(), loan.issuedAt(),
				new BigDecimal(loan.guaranteeRatio().value().stripTrailingZeros().toPlainString()),
				loan.hasCertificate() ? "/api/v1/bank/loans/" + loan.id().value() + "/certificate.pdf" : null,
				loan.isCertificateAcknowledged(), outstanding.balance().value(), outstanding.guarantee().value(), null,
				null, null, null, null);
	}

	static LoanJson of(Loan loan, Outstanding outstanding, List<DisbursementEntry> entries,
			List<MonthlyReport> reports, Optional<Claim> claim, Optional<YearlyCosts> yearlyCosts,
			List<LoanChange> changes) {
		LoanJson summary = of(loan, outstanding);
		return new LoanJson(summary.id(), summary.guaranteeNumber(), summary.programmeCode(), summary.agencyCode(),
				summary.companyName(), summary.businessRegistrationNumber(), summary.approvedWon(),
				summary.disbursedWon(), summary.remainingWon(), summary.status(), summary.issuedAt(),
				summary.guaranteeRatio(), summary.certificateUrl(), summary.certificateAcknowledged(),
				summary.outstandingBalanceWon(), summary.outstandingGuaranteeWon(),
				entries.stream().map(DisbursementJson::of).toList(),
				reports.stream().map(MonthlyReportJson::of).toList(), claim.map(ClaimJson::of).orElse(null),
				yearlyCosts.map(costs -> costs.years().stream().map(YearlyCostJson::of).toList()).orElse(null),
				changes.stream().map(LoanChangeJson::of).toList());
	}

}
