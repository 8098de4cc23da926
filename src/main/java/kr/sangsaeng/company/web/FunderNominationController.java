package kr.sangsaeng.company.web;

import java.util.List;

import jakarta.validation.Valid;

import kr.sangsaeng.company.CompanyProfiles;
import kr.sangsaeng.company.NominationRuleException;
import kr.sangsaeng.company.NominationView;
import kr.sangsaeng.company.SupplierNominations;
import kr.sangsaeng.identity.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supplier nominations made to the signed-in funder by its tier-1 partners: the list, confirming one (the
 * supplier joins the partner list) and refusing one with a reason. Another funder's nomination is not found.
 */
@Controller
@RequestMapping("/funder/nominations")
class FunderNominationController {

	static final String LIST_VIEW = "company/nominations/list";

	static final String REFUSE_VIEW = "company/nominations/refuse";

	static final String LIST_REDIRECT = "redirect:/funder/nominations";

	private final SupplierNominations nominations;

	private final CompanyProfiles companies;

	FunderNominationController(SupplierNominations nominations, CompanyProfiles companies) {
		this.nominations = nominations;
		this.companies = companies;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<NominationView> made = nominations.madeTo(user.organisation().funderCode());
		model.addAttribute("nominations", made);
		model.addAttribute("nominators", companies.namesOf(made.stream()
			.map(NominationView::nominatorOrganisation)
			.distinct()
			.toList()));
		return LIST_VIEW;
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		try {
			NominationView confirmed = nominations.confirm(user.organisation().funderCode(), NominationIds.parse(id),
					user.getUsername());
			redirect.addFlashAttribute("notice", Notice.done("nomination.notice.confirmed", confirmed.companyName(),
					confirmed.tier()));
		}
		catch (NominationRuleException refused) {
			redirect.addFlashAttribute("notice", Notice.warning(refused.messageKey(), refused.arguments()));
		}
		return LIST_REDIRECT;
	}

	@GetMapping("/{id}/refuse")
	String refusal(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return refusalForm(NominationRefusalForm.empty(),
				nominations.oneMadeTo(user.organisation().funderCode(), NominationIds.parse(id)), model);
	}

	@PostMapping("/{id}/refuse")
	String refuse(@PathVariable String id, @Valid @ModelAttribute("refusalForm") NominationRefusalForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		NominationView nomination = nominations.oneMadeTo(user.organisation().funderCode(), NominationIds.parse(id));
		if (result.hasErrors()) {
			return refusalForm(form, nomination, model);
		}
		try {
			NominationView refused = nominations.refuse(user.organisation().funderCode(), nomination.id(),
					form.reason(), user.getUsername());
			redirect.addFlashAttribute("notice", Notice.done("nomination.notice.refused", refused.companyName()));
			return LIST_REDIRECT;
		}
		catch (NominationRuleException refused) {
			if (refused.field() == null) {
				redirect.addFlashAttribute("notice", Notice.warning(refused.messageKey(), refused.arguments()));
				return LIST_REDIRECT;
			}
			result.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
			return refusalForm(form, nomination, model);
		}
	}

	private String refusalForm(NominationRefusalForm form, NominationView nomination, Model model) {
		model.addAttribute("refusalForm", form);
		model.addAttribute("nomination", nomination);
		model.addAttribute("nominators", companies.namesOf(List.of(nomination.nominatorOrganisation())));
		return REFUSE_VIEW;
	}

}
