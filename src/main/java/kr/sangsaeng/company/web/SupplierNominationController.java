package kr.sangsaeng.company.web;

import java.util.List;

import jakarta.validation.Valid;

import kr.sangsaeng.company.NominationNotFoundException;
import kr.sangsaeng.company.NominationRuleException;
import kr.sangsaeng.company.NominationView;
import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.SupplierNominations;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.Institutions.Institution;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.InvalidBusinessRegistrationNumberException;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.shared.WonInput;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A tier-1 partner's own suppliers: the nominations it made to its funders and their state, a new one, and withdrawing
 * one that still waits. A company that is no verified tier-1 partner of a funder cannot nominate to it (not found);
 * another company's nomination is not found.
 */
@Controller
@RequestMapping("/company/suppliers")
class SupplierNominationController {

	static final String LIST_VIEW = "company/suppliers/list";

	static final String FORM_VIEW = "company/suppliers/form";

	static final String LIST_REDIRECT = "redirect:/company/suppliers";

	private final SupplierNominations nominations;

	SupplierNominationController(SupplierNominations nominations) {
		this.nominations = nominations;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("funders", funders(user));
		model.addAttribute("nominations", nominations.madeBy(user.organisation().id()));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newNomination(@RequestParam(required = false) String funder, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		List<Institution> funders = funders(user);
		if (funders.isEmpty()) {
			throw new NominationNotFoundException();
		}
		String chosen = funders.stream().map(Institution::code).filter(code -> code.equals(funder)).findFirst()
			.orElse(funders.size() == 1 ? funders.get(0).code() : "");
		return form(NominationForm.empty(chosen), funders, model);
	}

	@PostMapping("/new")
	String nominate(@Valid @ModelAttribute("nominationForm") NominationForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		List<Institution> funders = funders(user);
		BusinessRegistrationNumber supplier = number(form.businessNumber(), "businessNumber", result);
		BusinessRegistrationNumber through = null;
		boolean tier3 = "TIER_3".equals(form.tier());
		if (tier3 && !result.hasFieldErrors("throughNumber")) {
			if (form.throughNumber() == null || form.throughNumber().isBlank()) {
				result.rejectValue("throughNumber", "nomination.error.through.required");
			}
			else {
				through = number(form.throughNumber(), "throughNumber", result);
			}
		}
		Won yearlyTrade = null;
		if (!result.hasFieldErrors("yearlyTrade") && form.yearlyTrade() != null && !form.yearlyTrade().isBlank()) {
			try {
				yearlyTrade = WonInput.parse(form.yearlyTrade());
			}
			catch (InvalidAmountException invalid) {
				result.rejectValue("yearlyTrade", invalid.messageKey());
			}
		}
		if (result.hasErrors()) {
			return form(form, funders, model);
		}
		try {
			NominationView nominated = nominations.nominate(form.funderCode(), user.organisation().id(), company(user),
					supplier, form.companyName(), PartnerTier.valueOf(form.tier()), through, form.reason(), yearlyTrade,
					user.getUsername());
			redirect.addFlashAttribute("notice", Notice.done("nomination.notice.nominated", nominated.companyName()));
			return LIST_REDIRECT;
		}
		catch (NominationRuleException refused) {
			result.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
			return form(form, funders, model);
		}
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		try {
			NominationView withdrawn = nominations.withdraw(user.organisation().id(), NominationIds.parse(id), user.getUsername());
			redirect.addFlashAttribute("notice", Notice.done("nomination.notice.withdrawn", withdrawn.companyName()));
		}
		catch (NominationRuleException refused) {
			redirect.addFlashAttribute("notice", Notice.warning(refused.messageKey(), refused.arguments()));
		}
		return LIST_REDIRECT;
	}

	private List<Institution> funders(SignedInUser user) {
		return nominations.fundersOf(user.organisation().id(), company(user));
	}

	private String form(NominationForm form, List<Institution> funders, Model model) {
		model.addAttribute("nominationForm", form);
		model.addAttribute("funders", funders);
		model.addAttribute("tiers", List.of(PartnerTier.TIER_2, PartnerTier.TIER_3));
		return FORM_VIEW;
	}

	private static BusinessRegistrationNumber number(String typed, String field, BindingResult result) {
		if (result.hasFieldErrors(field)) {
			return null;
		}
		try {
			return BusinessRegistrationNumber.parse(typed);
		}
		catch (InvalidBusinessRegistrationNumberException invalid) {
			result.rejectValue(field, invalid.messageKey());
			return null;
		}
	}

	private static BusinessRegistrationNumber company(SignedInUser user) {
		return BusinessRegistrationNumber.parse(user.organisation().code());
	}

}
