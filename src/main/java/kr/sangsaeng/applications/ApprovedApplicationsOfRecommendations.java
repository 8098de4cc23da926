package kr.sangsaeng.applications;

import kr.sangsaeng.company.ApprovedApplications;
import kr.sangsaeng.shared.ApplicationId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the company module whether the application that carries a recommendation was approved, and so has used it.
 */
@Component
class ApprovedApplicationsOfRecommendations implements ApprovedApplications {

	private final GuaranteeApplicationRepository applications;

	ApprovedApplicationsOfRecommendations(GuaranteeApplicationRepository applications) {
		this.applications = applications;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean wasApproved(ApplicationId application) {
		return applications.findById(application.value())
			.map(found -> found.status().wasApproved())
			.orElse(false);
	}

}
