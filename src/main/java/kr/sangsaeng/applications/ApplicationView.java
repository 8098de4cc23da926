package kr.sangsaeng.applications;

import java.time.Instant;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.Won;

/**
 * An application as pages and other modules read it.
 *
 * @param receiptNumber the number given at submission, in submission order, or {@code null} for a draft
 * @param approvedAmount the amount guaranteed, once approved
 */
public record ApplicationView(ApplicationId id, String programmeCode, long organisationId, String businessNumber,
		String companyName, ApplicationStatus status, Won amount, Won approvedAmount, LoanPurpose purpose,
		int termMonths, String bankCode, String businessPlan, Long receiptNumber, Instant createdAt,
		Instant submittedAt, Instant decidedAt, Instant updatedAt, long version) {

	static ApplicationView of(GuaranteeApplication application) {
		return new ApplicationView(new ApplicationId(application.id()), application.programmeCode(),
				application.organisationId(), application.businessNumber(), application.companyName(),
				application.status(), application.amount(), application.approvedAmount(), application.purpose(),
				application.termMonths(), application.bankCode(), application.businessPlan(),
				application.receiptNumber(), application.createdAt(), application.submittedAt(),
				application.decidedAt(), application.updatedAt(), application.version());
	}

	/**
	 * The receipt number as it is printed: {@code 000123}.
	 */
	public String receipt() {
		return receiptNumber == null ? "—" : String.format("%06d", receiptNumber);
	}

	public String formattedBusinessNumber() {
		return new BusinessRegistrationNumber(businessNumber).formatted();
	}

	/**
	 * What this application counts towards the SME's exposure in its programme.
	 */
	public Won exposure() {
		if (!status.holdsExposure()) {
			return Won.ZERO;
		}
		return approvedAmount != null ? approvedAmount : amount;
	}

}
