package kr.sangsaeng.company.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

/**
 * A partner SME on a funder's list, and who last changed its entry.
 *
 * @param contactEmail where the funder reaches the company, or {@code null}: the address a one-time code proving the
 * company's business registration number is mailed to
 */
public record Partner(String funderCode, BusinessRegistrationNumber number, String companyName, PartnerTier tier,
		String contactEmail, Instant updatedAt, String updatedBy) {

	private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	/**
	 * When the entry was last changed, on Korean time.
	 */
	public ZonedDateTime updatedAtInKorea() {
		return updatedAt.atZone(KOREA);
	}

}
