package kr.sangsaeng.applications.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationDetails;
import kr.sangsaeng.applications.ApplicationNotFoundException;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.ApplicationId;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * An SME's own applications and the programmes they belong to, as the SME's pages find them. Every id in a path
 * is checked against the signed-in SME's organisation; another SME's application is not found.
 */
@Component
class OwnApplications {

	static final String LIST_VIEW = "applications/list";

	static final String FORM_VIEW = "applications/form";

	static final String DETAIL_VIEW = "applications/detail";

	private final GuaranteeApplications applications;

	private final ProgrammeCatalogue catalogue;

	OwnApplications(GuaranteeApplications applications, ProgrammeCatalogue catalogue) {
		this.applications = applications;
		this.catalogue = catalogue;
	}

	ApplicationDetails details(SignedInUser user, ApplicationId id) {
		return applications.details(applicant(user), id).orElseThrow(ApplicationNotFoundException::new);
	}

	/**
	 * A published programme, or 404.
	 */
	ProgrammeSummary programme(String code) {
		if (!ProgrammeCode.isWellFormed(code)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return programme(new ProgrammeCode(code));
	}

	ProgrammeSummary programme(ProgrammeCode code) {
		return catalogue.findPublished(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	Map<String, ProgrammeSummary> programmesByCode() {
		return catalogue.all()
			.stream()
			.collect(Collectors.toMap(programme -> programme.code().value(), Function.identity()));
	}

	static String redirectTo(ApplicationId id) {
		return "redirect:/applications/" + id.value();
	}

	static Applicant applicant(SignedInUser user) {
		return new Applicant(user.organisation().id(), user.organisation().code(),
				user.organisation().name().korean(), user.getUsername());
	}

}
