package kr.sangsaeng.company;

import java.time.Instant;

import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.LocalizedName;

/**
 * A certificate in the agency officers' queue: whose it is and how long it has waited.
 *
 * @param waitingDays whole days since it was uploaded
 */
public record PendingCertificate(long id, BusinessRegistrationNumber businessNumber, LocalizedName companyName,
		Instant uploadedAt, long waitingDays) {
}
