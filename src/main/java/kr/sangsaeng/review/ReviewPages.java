package kr.sangsaeng.review;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import kr.sangsaeng.applications.ApplicationNotFoundException;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.company.CompanyProfiles;
import kr.sangsaeng.company.Recommendations;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reviewer's page of an application shows, read in one transaction so that every part of it agrees.
 */
@Service
public class ReviewPages {

	private final ReviewDecisions decisions;

	private final GuaranteeApplications applications;

	private final CompanyProfiles companies;

	private final ServiceLevels serviceLevels;

	private final Accounts accounts;

	private final Recommendations recommendations;

	ReviewPages(ReviewDecisions decisions, GuaranteeApplications applications, CompanyProfiles companies,
			ServiceLevels serviceLevels, Accounts accounts, Recommendations recommendations) {
		this.recommendations = recommendations;
		this.decisions = decisions;
		this.applications = applications;
		this.companies = companies;
		this.serviceLevels = serviceLevels;
		this.accounts = accounts;
	}

	/**
	 * The application as {@code reviewer} reads it.
	 *
	 * @throws ApplicationNotFoundException when it does not exist, is a draft, or belongs to a programme their
	 * agency does not guarantee
	 */
	@Transactional(readOnly = true)
	public ReviewFile file(SignedInUser reviewer, ApplicationId id) {
		ReviewCase review = decisions.open(reviewer, id);
		ApplicationView current = review.application();
		long organisation = current.organisationId();
		AgencyCode agency = reviewer.organisation().agencyCode();
		Won exposureHere = applications.exposure(organisation, review.programme().code());
		Integer workingDays = current.status().awaitsAgency() && current.submittedAt() != null
				? serviceLevels.workingDaysSince(current.submittedAt()) : null;
		return new ReviewFile(review, companies.forOrganisation(organisation).orElse(null),
				applications.ofOrganisation(organisation), applications.possibleDuplicates(current.id()), exposureHere,
				applications.exposureEverywhere(organisation), decisions.colleagues(reviewer), workingDays,
				serviceLevels.targetFor(agency), current.submittedAt() != null
						&& serviceLevels.isOverdue(agency, current.status(), current.submittedAt()),
				staffNames(review), recommendations.attachedTo(current.id()).orElse(null));
	}

	private Map<String, String> staffNames(ReviewCase review) {
		Set<String> usernames = new HashSet<>();
		usernames.add(review.application().assignee());
		for (ReviewAction action : review.actions()) {
			usernames.add(action.actor().name());
			usernames.add(action.assignee());
		}
		if (review.recommendation() != null) {
			usernames.add(review.recommendation().actor().name());
		}
		if (review.guarantee() != null) {
			usernames.add(review.guarantee().approvedBy());
			usernames.add(review.guarantee().recommendedBy());
		}
		usernames.remove(null);
		return accounts.displayNames(usernames);
	}

}
