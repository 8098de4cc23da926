package kr.sangsaeng.review;

import java.util.List;
import java.util.Map;

import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.PossibleDuplicate;
import kr.sangsaeng.company.AttachedRecommendation;
import kr.sangsaeng.company.CompanyProfile;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.Won;

/**
 * Everything a reviewer reads about one application, as it was at one moment.
 *
 * @param review the application, its programme and the review so far
 * @param company the applicant's profile, or {@code null} when it has none
 * @param history every application of the same SME, newest first
 * @param duplicates other applications awaiting an agency that may be the same request
 * @param exposureHere what the SME holds or has asked for in this programme
 * @param exposureEverywhere what it holds or has asked for in all programmes
 * @param colleagues the reviewer's colleagues an application can be handed to
 * @param workingDays working days since submission while the agency has the application, else {@code null}
 * @param targetDays the working days within which the agency aims to act
 * @param overdue whether the application has waited longer than that
 * @param staffNames the names of everyone the page mentions by username: who holds the application, who did what
 * in its review and who recommended and approved its guarantee, also colleagues who have left the agency since
 * @param recommendation the funder's recommendation the application carries, or {@code null} when it carries none
 */
public record ReviewFile(ReviewCase review, CompanyProfile company, List<ApplicationView> history,
		List<PossibleDuplicate> duplicates, Won exposureHere, Won exposureEverywhere, List<SignedInUser> colleagues,
		Integer workingDays, int targetDays, boolean overdue, Map<String, String> staffNames,
		AttachedRecommendation recommendation) {

	public ApplicationView application() {
		return review.application();
	}

	/**
	 * Whether the SME would hold more in this programme than one SME may.
	 */
	public boolean aboveCap() {
		return exposureHere.isGreaterThan(review.programme().terms().maxLoan());
	}

	/**
	 * Whether the application, still awaiting the agency, asks for more than the programme has left.
	 */
	public boolean aboveCapacity() {
		return application().status().awaitsAgency()
				&& application().amount().isGreaterThan(review.programme().remaining());
	}

}
