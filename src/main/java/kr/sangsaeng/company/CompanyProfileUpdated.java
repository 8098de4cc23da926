package kr.sangsaeng.company;

import java.time.Instant;

import kr.sangsaeng.shared.BusinessRegistrationNumber;

/**
 * An SME has changed its company profile.
 *
 * @param organisationId the SME's organisation in the identity module
 * @param businessNumber its business registration number
 * @param updatedBy the account that made the change
 * @param updatedAt when
 */
public record CompanyProfileUpdated(long organisationId, BusinessRegistrationNumber businessNumber, long updatedBy,
		Instant updatedAt) {
}
