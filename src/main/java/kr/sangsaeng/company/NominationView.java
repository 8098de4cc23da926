package kr.sangsaeng.company;

import java.time.Instant;
import java.time.LocalDate;

import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

/**
 * A supplier nomination as pages show it.
 *
 * @param nominatorNumber the tier-1 partner that nominated the supplier
 * @param throughNumber for a tier-3 supplier, the tier-2 supplier it supplies; else {@code null}
 * @param yearlyTrade what the partner buys from the supplier in a year, if it said
 * @param refusalReason the funder's reason, for a refused nomination
 */
public record NominationView(long id, String funderCode, String nominatorNumber, long nominatorOrganisation,
		String businessNumber, String companyName, int tier, String throughNumber, String reason, Won yearlyTrade,
		NominationStatus status, String nominatedBy, Instant nominatedAt, String decidedBy, Instant decidedAt,
		String refusalReason) {

	public BusinessRegistrationNumber number() {
		return new BusinessRegistrationNumber(businessNumber);
	}

	public BusinessRegistrationNumber nominator() {
		return new BusinessRegistrationNumber(nominatorNumber);
	}

	public BusinessRegistrationNumber through() {
		return throughNumber == null ? null : new BusinessRegistrationNumber(throughNumber);
	}

	public PartnerTier partnerTier() {
		return PartnerTier.of(tier).orElseThrow();
	}

	/**
	 * The day in Korea the partner nominated the supplier.
	 */
	public LocalDate nominatedOn() {
		return LocalDate.ofInstant(nominatedAt, SeoulTime.ZONE);
	}

	public boolean waiting() {
		return status == NominationStatus.NOMINATED;
	}

}
