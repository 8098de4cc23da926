package kr.sangsaeng.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approvals that wait for a second person at an agency: recommendations above a programme's four-eyes
 * threshold in the agreements the agency carries, oldest first.
 */
@Service("approvalInbox")
@Transactional(readOnly = true)
public class ApprovalInbox {

	/**
	 * A recommendation waiting for final approval.
	 *
	 * @param recommendation the recommended terms, who recommended them and when
	 */
	public record Waiting(ApplicationView application, ReviewAction recommendation) {
	}

	private final GuaranteeApplications applications;

	private final ProgrammeCatalogue catalogue;

	private final ReviewHistory history;

	ApprovalInbox(GuaranteeApplications applications, ProgrammeCatalogue catalogue, ReviewHistory history) {
		this.applications = applications;
		this.catalogue = catalogue;
		this.history = history;
	}

	public List<Waiting> waitingAt(SignedInUser staff) {
		List<ProgrammeSummary> carried = catalogue.all()
			.stream()
			.filter(programme -> !programme.agreementsOf(staff.organisation().agencyCode()).isEmpty())
			.toList();
		Map<ProgrammeCode, ProgrammeSummary> byCode = carried.stream()
			.collect(Collectors.toMap(ProgrammeSummary::code, programme -> programme));
		return applications.withStatus(ApplicationStatus.RECOMMENDED, byCode.keySet())
			.stream()
			.filter(application -> ReviewDecisions.carries(byCode.get(application.programmeCode()), application, staff))
			.map(application -> new Waiting(application, history.latestRecommendation(application.id()).orElse(null)))
			.filter(waiting -> waiting.recommendation() != null)
			.sorted((first, second) -> first.recommendation().at().compareTo(second.recommendation().at()))
			.toList();
	}

	/**
	 * How many recommendations the signed-in approver could confirm: those at their agency they did not make.
	 */
	public long countForCurrentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.hasRole(Role.AGENCY_APPROVER)) {
			return waitingAt(user).stream()
				.filter(waiting -> !waiting.recommendation().actor().name().equals(user.getUsername()))
				.count();
		}
		return 0;
	}

}
