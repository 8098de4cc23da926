package kr.sangsaeng.review;

import kr.sangsaeng.applications.ApplicationNotFoundException;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.company.CompanyProfiles;
import kr.sangsaeng.identity.SignedInUser;
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

	ReviewPages(ReviewDecisions decisions, GuaranteeApplications applications, CompanyProfiles companies,
			ServiceLevels serviceLevels) {
		this.decisions = decisions;
		this.applications = applications;
		this.companies = companies;
		this.serviceLevels = serviceLevels;
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
		String agency = reviewer.organisation().code();
		Won exposureHere = applications.exposure(organisation, review.programme().code());
		Integer workingDays = current.status().awaitsAgency() && current.submittedAt() != null
				? serviceLevels.workingDaysSince(current.submittedAt()) : null;
		return new ReviewFile(review, companies.forOrganisation(organisation).orElse(null),
				applications.ofOrganisation(organisation), applications.possibleDuplicates(current.id()), exposureHere,
				applications.exposureEverywhere(organisation), decisions.colleagues(reviewer), workingDays,
				serviceLevels.targetFor(agency), current.submittedAt() != null
						&& serviceLevels.isOverdue(agency, current.status(), current.submittedAt()));
	}

}
