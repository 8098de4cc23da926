package kr.sangsaeng.company.web;

import jakarta.validation.Valid;

import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.internal.Partner;
import kr.sangsaeng.company.internal.PartnerAlreadyListedException;
import kr.sangsaeng.company.internal.PartnerLists;
import kr.sangsaeng.company.internal.PartnerNotListedException;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.Institutions.Institution;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.InvalidBusinessRegistrationNumberException;
import kr.sangsaeng.shared.MailAddresses;

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
 * One partner on a funder's list, for programme administrators: add, edit (name, tier, contact address), remove. A number that is not on the
 * list is not found.
 */
@Controller
@RequestMapping("/admin/partners")
class PartnerController {

	static final String FORM_VIEW = "company/partners/form";

	static final String REMOVE_VIEW = "company/partners/remove";

	private final PartnerLists lists;

	PartnerController(PartnerLists lists) {
		this.lists = lists;
	}

	@GetMapping("/{funderCode}/new")
	String newPartner(@PathVariable String funderCode, Model model) {
		return form(lists.funder(funderCode), null, NewPartnerForm.empty(), model);
	}

	@PostMapping("/{funderCode}/new")
	String add(@PathVariable String funderCode, @Valid @ModelAttribute("partnerForm") NewPartnerForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		Institution funder = lists.funder(funderCode);
		BusinessRegistrationNumber number = null;
		if (!result.hasFieldErrors("businessRegistrationNumber")) {
			try {
				number = BusinessRegistrationNumber.parse(form.businessRegistrationNumber());
			}
			catch (InvalidBusinessRegistrationNumberException invalid) {
				result.rejectValue("businessRegistrationNumber", invalid.messageKey());
			}
		}
		checkContact(form.contactEmail(), result);
		if (result.hasErrors()) {
			return form(funder, null, form, model);
		}
		try {
			Partner added = lists.add(funderCode, number, form.companyName(), form.chosenTier(), form.contactEmail(),
					user.getUsername());
			redirect.addFlashAttribute("notice",
					Notice.done("partner.notice.added", added.companyName(), added.number().formatted()));
			return PartnerListController.LIST_REDIRECT;
		}
		catch (PartnerAlreadyListedException alreadyListed) {
			result.rejectValue("businessRegistrationNumber", "partner.form.number.taken");
			return form(funder, null, form, model);
		}
	}

	@GetMapping("/{funderCode}/{number}/edit")
	String edit(@PathVariable String funderCode, @PathVariable String number, Model model) {
		Partner partner = lists.partner(funderCode, listed(funderCode, number));
		return form(lists.funder(funderCode), partner, PartnerDetailsForm.of(partner), model);
	}

	@PostMapping("/{funderCode}/{number}/edit")
	String save(@PathVariable String funderCode, @PathVariable String number,
			@Valid @ModelAttribute("partnerForm") PartnerDetailsForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Partner partner = lists.partner(funderCode, listed(funderCode, number));
		checkContact(form.contactEmail(), result);
		if (result.hasErrors()) {
			return form(lists.funder(funderCode), partner, form, model);
		}
		Partner edited = lists.edit(funderCode, partner.number(), form.companyName(), form.chosenTier(),
				form.contactEmail(), user.getUsername());
		redirect.addFlashAttribute("notice",
				Notice.done("partner.notice.edited", edited.companyName(), edited.number().formatted()));
		return PartnerListController.LIST_REDIRECT;
	}

	@GetMapping("/{funderCode}/{number}/remove")
	String confirmRemoval(@PathVariable String funderCode, @PathVariable String number, Model model) {
		model.addAttribute("partner", lists.partner(funderCode, listed(funderCode, number)));
		model.addAttribute("funder", lists.funder(funderCode));
		return REMOVE_VIEW;
	}

	@PostMapping("/{funderCode}/{number}/remove")
	String remove(@PathVariable String funderCode, @PathVariable String number,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		Partner partner = lists.partner(funderCode, listed(funderCode, number));
		lists.remove(funderCode, partner.number(), user.getUsername());
		redirect.addFlashAttribute("notice",
				Notice.done("partner.notice.removed", partner.companyName(), partner.number().formatted()));
		return PartnerListController.LIST_REDIRECT;
	}

	private String form(Institution funder, Partner partner, Object form, Model model) {
		model.addAttribute("funder", funder);
		model.addAttribute("partner", partner);
		model.addAttribute("partnerForm", form);
		model.addAttribute("tiers", PartnerTier.values());
		return FORM_VIEW;
	}

	/**
	 * The contact address is optional; when given, it must be an address mail reaches.
	 */
	private static void checkContact(String contactEmail, BindingResult result) {
		if (contactEmail != null && !result.hasFieldErrors("contactEmail") && !MailAddresses.isWellFormed(contactEmail)) {
			result.rejectValue("contactEmail", "partner.form.contactEmail.invalid");
		}
	}

	private static BusinessRegistrationNumber listed(String funderCode, String number) {
		if (!BusinessRegistrationNumber.isValid(number)) {
			throw new PartnerNotListedException(funderCode, number);
		}
		return BusinessRegistrationNumber.parse(number);
	}

}
