package kr.sangsaeng.company;

/**
 * Where a supplier nomination stands: waiting for the funder, confirmed onto its partner list, refused with a reason,
 * or withdrawn by the partner that made it.
 */
public enum NominationStatus {

	NOMINATED, CONFIRMED, REFUSED, WITHDRAWN;

	public String messageKey() {
		return "nomination.status." + name();
	}

}
