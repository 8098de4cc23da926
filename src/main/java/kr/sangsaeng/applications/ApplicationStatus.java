package kr.sangsaeng.applications;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a guarantee-loan application, from the SME's draft to the repaid loan. Every legal transition
 * is listed here and nowhere else.
 */
public enum ApplicationStatus {

	DRAFT, SUBMITTED, UNDER_REVIEW, INFO_REQUESTED, RECOMMENDED, APPROVED, REJECTED, WITHDRAWN, DISBURSING, ACTIVE, REPAID,
	DEFAULTED, CANCELLED;

	private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.ofEntries(
			Map.entry(DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN)),
			Map.entry(SUBMITTED, EnumSet.of(UNDER_REVIEW, REJECTED, WITHDRAWN)),
			Map.entry(UNDER_REVIEW, EnumSet.of(INFO_REQUESTED, RECOMMENDED, APPROVED, REJECTED, WITHDRAWN)),
			Map.entry(INFO_REQUESTED, EnumSet.of(UNDER_REVIEW, REJECTED, WITHDRAWN)),
			Map.entry(RECOMMENDED, EnumSet.of(APPROVED, UNDER_REVIEW, WITHDRAWN)),
			Map.entry(APPROVED, EnumSet.of(DISBURSING, ACTIVE, CANCELLED)),
			Map.entry(DISBURSING, EnumSet.of(ACTIVE, APPROVED, REPAID, DEFAULTED)),
			Map.entry(ACTIVE, EnumSet.of(DISBURSING, APPROVED, REPAID, DEFAULTED)), Map.entry(REJECTED, EnumSet.noneOf(ApplicationStatus.class)),
			Map.entry(WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class)),
			Map.entry(REPAID, EnumSet.noneOf(ApplicationStatus.class)),
			Map.entry(DEFAULTED, EnumSet.noneOf(ApplicationStatus.class)),
			Map.entry(CANCELLED, EnumSet.noneOf(ApplicationStatus.class)));

	private static final Set<ApplicationStatus> PENDING = EnumSet.of(DRAFT, SUBMITTED, UNDER_REVIEW, INFO_REQUESTED,
			RECOMMENDED);

	private static final Set<ApplicationStatus> HOLDING_EXPOSURE = EnumSet.of(SUBMITTED, UNDER_REVIEW, INFO_REQUESTED,
			RECOMMENDED, APPROVED, DISBURSING, ACTIVE);

	private static final Set<ApplicationStatus> GUARANTEED = EnumSet.of(APPROVED, DISBURSING, ACTIVE, REPAID,
			DEFAULTED);

	public boolean canMoveTo(ApplicationStatus target) {
		return NEXT.get(this).contains(target);
	}

	public Set<ApplicationStatus> next() {
		return NEXT.get(this);
	}

	/**
	 * Still waiting for a decision: at most one such application per SME and programme.
	 */
	public boolean isPending() {
		return PENDING.contains(this);
	}

	/**
	 * Counts towards the SME's exposure in its programme (requested while pending, approved once decided).
	 */
	public boolean holdsExposure() {
		return HOLDING_EXPOSURE.contains(this);
	}

	/**
	 * Awaits the agency: submitted and neither decided nor withdrawn.
	 */
	public boolean awaitsAgency() {
		return isPending() && this != DRAFT;
	}

	/**
	 * Approved: the agency issued a guarantee, whatever became of the loan since.
	 */
	public boolean isGuaranteed() {
		return GUARANTEED.contains(this);
	}

	/**
	 * Approved at some point: a guarantee was issued, whether its loan is being paid out, runs, ended or was
	 * cancelled before any payment.
	 */
	public boolean wasApproved() {
		return isGuaranteed() || this == CANCELLED;
	}

	public boolean isFinal() {
		return NEXT.get(this).isEmpty();
	}

	public boolean canBeWithdrawn() {
		return canMoveTo(WITHDRAWN);
	}

	public String messageKey() {
		return "application.status." + name();
	}

}
