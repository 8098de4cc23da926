package kr.sangsaeng.home;

import java.util.List;
import java.util.Map;

import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationEligibility;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.Won;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page: a public welcome, or the signed-in person's own start page with the programmes they work
 * on and the links their role uses.
 */
@Controller
class HomeController {

	static final String WELCOME_VIEW = "home/welcome";

	static final String HOME_VIEW = "home/home";

	private static final HomeTask PROGRAMMES = new HomeTask("/programmes", "programmes");

	private static final Map<Role, List<HomeTask>> TASKS = Map.of(
			Role.SME_APPLICANT, List.of(new HomeTask("/programmes", "apply"), new HomeTask("/applications", "applications"), new HomeTask("/company/profile", "profile"), new HomeTask("/company/suppliers", "suppliers")),
			Role.AGENCY_REVIEWER, List.of(new HomeTask("/review", "review"), new HomeTask("/dashboard", "dashboard"), PROGRAMMES),
			Role.AGENCY_APPROVER, List.of(new HomeTask("/review/approvals", "approvals"), new HomeTask("/review", "review"), new HomeTask("/dashboard", "dashboard"), PROGRAMMES),
			Role.BANK_OFFICER, List.of(new HomeTask("/disbursements", "disbursements"), PROGRAMMES),
			Role.FUNDER, List.of(new HomeTask("/funder/dashboard", "funderDashboard"), new HomeTask("/funder/partners", "funderPartners"), new HomeTask("/funder/recommendations", "recommendations"), new HomeTask("/funder/nominations", "nominations"), PROGRAMMES),
			Role.MINISTRY_OFFICIAL, List.of(new HomeTask("/dashboard", "dashboard"), PROGRAMMES),
			Role.PROGRAM_ADMIN, List.of(new HomeTask("/admin/programmes", "administration"), new HomeTask("/admin/partners", "partners"), new HomeTask("/admin/api-tokens", "apiTokens"), new HomeTask("/dashboard", "dashboard")));

	private final ProgrammeCatalogue catalogue;

	private final ApplicationEligibility eligibility;

	HomeController(ProgrammeCatalogue catalogue, ApplicationEligibility eligibility) {
		this.catalogue = catalogue;
		this.eligibility = eligibility;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<ProgrammeSummary> programmes = catalogue.published();
		model.addAttribute("totalCapacity",
				programmes.stream().map(ProgrammeSummary::capacity).reduce(Won.ZERO, Won::plus));
		if (user == null) {
			model.addAttribute("programmes", programmes);
			return WELCOME_VIEW;
		}
		model.addAttribute("user", user);
		model.addAttribute("tasks", TASKS.get(user.role()));
		model.addAttribute("programmes", programmes.stream().filter(programme -> concerns(programme, user)).toList());
		if (user.role() == Role.SME_APPLICANT) {
			Applicant applicant = new Applicant(user.organisation().id(), user.organisation().code(),
					user.organisation().name().korean(), user.getUsername());
			model.addAttribute("choices", eligibility.choices(applicant, programmes));
		}
		return HOME_VIEW;
	}

	private static boolean concerns(ProgrammeSummary programme, SignedInUser user) {
		OrganisationKind kind = user.organisation().kind();
		return switch (kind) {
			case AGENCY -> programme.isGuaranteedBy(user.organisation().agencyCode());
			case BANK -> programme.isLentBy(user.organisation().bankCode());
			case FUNDER -> programme.isFundedBy(user.organisation().funderCode());
			case MINISTRY, SME -> true;
		};
	}

}
