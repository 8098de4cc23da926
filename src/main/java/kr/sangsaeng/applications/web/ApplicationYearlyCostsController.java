package kr.sangsaeng.applications.web;

import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.program.ProgrammeTerms;
import kr.sangsaeng.shared.ApplicationId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The application form's yearly cost table, again for what the SME is typing: the amount, the term and the agreement
 * it chose, as the form would show them once saved. The form asks for it as the SME types; an amount that is no
 * whole-won amount within the programme's bounds gets the table's explanation instead.
 */
@Controller
@RequestMapping("/applications")
class ApplicationYearlyCostsController {

	static final String FRAGMENT = "applications/yearly-costs :: preview";

	private final OwnApplications own;

	ApplicationYearlyCostsController(OwnApplications own) {
		this.own = own;
	}

	@GetMapping("/new/yearly-costs")
	String ofNewApplication(@RequestParam(name = "programme", required = false) String code,
			@ModelAttribute("applicationForm") ApplicationForm form, Model model) {
		return preview(form, own.programme(code), model);
	}

	@GetMapping("/{id}/yearly-costs")
	String ofDraft(@PathVariable ApplicationId id, @ModelAttribute("applicationForm") ApplicationForm form,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		return preview(form, own.programme(own.details(user, id).application().programmeCode()), model);
	}

	private static String preview(ApplicationForm form, ProgrammeSummary programme, Model model) {
		ProgrammeTerms terms = programme.terms();
		boolean typed = form.getAmount() != null && !form.getAmount().isBlank();
		if (typed && ApplicationDraftController.typedLoan(form.getAmount(), terms).isEmpty()) {
			model.addAttribute("yearlyCostsProblem", terms.maxLoan().isZero() ? "yearlyCosts.amount.atLeast"
					: "yearlyCosts.amount.between");
			model.addAttribute("yearlyCostsMin", terms.minLoan());
			model.addAttribute("yearlyCostsMax", terms.maxLoan());
			return FRAGMENT;
		}
		model.addAttribute("yearlyCosts", ApplicationDraftController.yearlyCosts(form, programme));
		return FRAGMENT;
	}

}
