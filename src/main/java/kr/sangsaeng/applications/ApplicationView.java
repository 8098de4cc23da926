package kr.sangsaeng.applications;

import java.time.Instant;
import java.time.LocalDate;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ProgrammeCode;

/**
 * An application as pages and other modules read it.
 *
 * @param receiptNumber the number given at submission, in submission order, or {@code null} for a draft
 * @param approvedAmount the amount guaranteed, once approved
 * @param region where the company's head office was when it submitted, {@code null} before
 * @param industry the company's main business when it submitted, {@code null} before
 * @param representativeName the company's representative when it submitted, {@code null} before
 * @param assignee the agency employee working on it, or {@code null}
 * @param lastActionAt when someone last moved it on (submitted, reviewed, decided, assigned)
 * @param informationDueOn the day (in Seoul) by which the SME should answer the agency's last request for
 * information, or {@code null} when it was never asked
 * @param agreementCode the agreement of the programme the application is routed to
 */
public record ApplicationView(ApplicationId id, ProgrammeCode programmeCode, long organisationId, String businessNumber,
		String companyName, ApplicationStatus status, Won amount, Won approvedAmount, LoanPurpose purpose,
		int termMonths, BankCode bankCode, String businessPlan, Long receiptNumber, Instant createdAt,
		Instant submittedAt, Instant decidedAt, Instant updatedAt, long version, Region region, IndustrySection industry,
		String representativeName, String assignee, Instant assignedAt, Instant lastActionAt,
		LocalDate informationDueOn, AgreementCode agreementCode) {

	/**
	 * An application whose agreement is not known here.
	 */
	public ApplicationView(ApplicationId id, ProgrammeCode programmeCode, long organisationId, String businessNumber,
			String companyName, ApplicationStatus status, Won amount, Won approvedAmount, LoanPurpose purpose,
			int termMonths, BankCode bankCode, String businessPlan, Long receiptNumber, Instant createdAt,
			Instant submittedAt, Instant decidedAt, Instant updatedAt, long version, Region region,
			IndustrySection industry, String representativeName, String assignee, Instant assignedAt,
			Instant lastActionAt, LocalDate informationDueOn) {
		this(id, programmeCode, organisationId, businessNumber, companyName, status, amount, approvedAmount, purpose,
				termMonths, bankCode, businessPlan, receiptNumber, createdAt, submittedAt, decidedAt, updatedAt, version,
				region, industry, representativeName, assignee, assignedAt, lastActionAt, informationDueOn, null);
	}

	static ApplicationView of(GuaranteeApplication application) {
		return new ApplicationView(new ApplicationId(application.id()), application.programmeCode(),
				application.organisationId(), application.businessNumber(), application.companyName(),
				application.status(), application.amount(), application.approvedAmount(), application.purpose(),
				application.termMonths(), application.bankCode() == null ? null : new BankCode(application.bankCode()), application.businessPlan(),
				application.receiptNumber(), application.createdAt(), application.submittedAt(),
				application.decidedAt(), application.updatedAt(), application.version(),
				application.region() == null ? null : Region.valueOf(application.region()),
				application.industrySection() == null ? null : IndustrySection.valueOf(application.industrySection()),
				application.representativeName(), application.assignee(), application.assignedAt(),
				application.lastActionAt(), application.informationDueOn(), application.agreementCode());
	}

	/**
	 * Waits for the SME: the agency asked for information.
	 */
	public boolean awaitsSme() {
		return status == ApplicationStatus.INFO_REQUESTED;
	}

	/**
	 * Waits for the SME past the day it was asked to answer by ({@code today} in Seoul). Nothing happens to it by
	 * itself: the reviewer decides what to do.
	 */
	public boolean informationOverdue(LocalDate today) {
		return awaitsSme() && informationDueOn != null && informationDueOn.isBefore(today);
	}

	/**
	 * Whole days from {@code today} (in Seoul) to the deadline of the request for information.
	 */
	public long daysToInformationDue(LocalDate today) {
		return informationDueOn == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(today, informationDueOn);
	}

	/**
	 * The receipt number as it is printed: {@code 000123}.
	 */
	public String receipt() {
		return printedReceipt(receiptNumber);
	}

	static String printedReceipt(Long receiptNumber) {
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
