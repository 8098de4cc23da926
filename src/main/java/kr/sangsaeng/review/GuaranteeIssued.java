package kr.sangsaeng.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.program.ProgrammeCode;

/**
 * An agency issued a guarantee on final approval: the lending bank may now pay out the loan.
 *
 * @param loanAmount the approved loan, reserved on the programme's capacity
 * @param ratio the share of the loan guaranteed
 * @param guaranteedAmount the part of the loan the agency guarantees
 */
public record GuaranteeIssued(ApplicationId application, String guaranteeNumber, ProgrammeCode programmeCode,
		AgencyCode agencyCode, BankCode bankCode, long organisationId, String businessNumber, String companyName,
		Won loanAmount, Percentage ratio, Won guaranteedAmount, String approvedBy,
		Instant issuedAt) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "application:" + application.value();
	}

	@Override
	public String auditAction() {
		return "guarantee.issued";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("guaranteeNumber", guaranteeNumber);
		details.put("programme", programmeCode.value());
		details.put("agency", agencyCode.value());
		details.put("bank", bankCode.value());
		details.put("loanWon", loanAmount.value());
		details.put("guaranteedWon", guaranteedAmount.value());
		return details;
	}

}
