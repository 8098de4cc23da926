package kr.sangsaeng.review;

import java.util.List;

import kr.sangsaeng.applications.ApplicationDetails;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeSummary;

/**
 * An application as its agency reviews it: the application with its documents and timeline, the programme,
 * the review so far, the recommendation awaiting a second person, and the guarantee once issued.
 *
 * @param recommendation the recommendation awaiting final approval, or {@code null}
 * @param guarantee the guarantee issued on approval, or {@code null}
 */
public record ReviewCase(ApplicationDetails details, ProgrammeSummary programme, List<ReviewAction> actions,
		ReviewAction recommendation, Guarantee guarantee) {

	public ApplicationView application() {
		return details.application();
	}

	public ApplicationStatus status() {
		return application().status();
	}

	/**
	 * Whether {@code staff} may request information, reject or approve now: the application awaits the agency's
	 * review, and is theirs or nobody's.
	 */
	public boolean canBeDecidedBy(SignedInUser staff) {
		return (status() == ApplicationStatus.SUBMITTED || status() == ApplicationStatus.UNDER_REVIEW)
				&& isFreeFor(staff);
	}

	/**
	 * Whether {@code staff} may confirm or send back the recommendation: an approver who did not make it.
	 */
	public boolean canBeConfirmedBy(SignedInUser staff) {
		return status() == ApplicationStatus.RECOMMENDED && staff.hasRole(Role.AGENCY_APPROVER)
				&& recommendation != null && !recommendation.actor().name().equals(staff.getUsername());
	}

	public boolean canBeTakenBy(SignedInUser staff) {
		return status().awaitsAgency() && application().assignee() == null;
	}

	public boolean canBeReassignedBy(SignedInUser staff) {
		return status().awaitsAgency() && staff.hasRole(Role.AGENCY_APPROVER);
	}

	public boolean isAssignedTo(SignedInUser staff) {
		return staff.getUsername().equals(application().assignee());
	}

	boolean isFreeFor(SignedInUser staff) {
		return application().assignee() == null || isAssignedTo(staff);
	}

}
