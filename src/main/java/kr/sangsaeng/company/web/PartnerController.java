package kr.sangsaeng.company.web;

import jakarta.validation.Valid;

import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.internal.Partner;
import kr.sangsaeng.company.internal.PartnerAlreadyListedException;
import kr.sangsaeng.company.internal.PartnerLists;
import kr.sangsaeng.company.internal.PartnerNotListedException;
import kr.sangsaeng.identity.SignedInUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One partner on a funder's list, for programme administrators and for the funder itself: add, edit (name, tier,
 * contact address), remove. A number that is not on the list is not found.
 */
@Controller
class PartnerController {

	static final String FORM_VIEW = "company/partners/form";

	static final String REMOVE_VIEW = "company/partners/remove";

	private final PartnerLists lists;

	PartnerController(PartnerLists lists) {
		this.lists = lists;
	}

	@GetMapping({ "/admin/partners/{funderCode}/new", "/funder/partners/new" })
	String newPartner(PartnerListScope scope, Model model) {
		return form(scope, null, NewPartnerForm.empty(), model);
	}

	@PostMapping({ "/admin/partners/{funderCode}/new", "/funder/partners/new" })
	String add(PartnerListScope scope, @Valid @ModelAttribute("partnerForm") NewPartnerForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		String funderCode = scope.funderCode();
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
			return form(scope, null, form, model);
		}
		try {
			Partner added = lists.add(funderCode, number, form.companyName(), form.chosenTier(), form.contactEmail(),
					user.getUsername());
			redirect.addFlashAttribute("notice",
					Notice.done("partner.notice.added", added.companyName(), added.number().formatted()));
			return scope.listRedirect();
		}
		catch (PartnerAlreadyListedException alreadyListed) {
			result.rejectValue("businessRegistrationNumber", "partner.form.number.taken");
			return form(scope, null, form, model);
		}
	}

	@GetMapping({ "/admin/partners/{funderCode}/{number}/edit", "/funder/partners/{number}/edit" })
	String edit(PartnerListScope scope, @PathVariable String number, Model model) {
		Partner partner = lists.partner(scope.funderCode(), listed(scope.funderCode(), number));
		return form(scope, partner, PartnerDetailsForm.of(partner), model);
	}

	@PostMapping({ "/admin/partners/{funderCode}/{number}/edit", "/funder/partners/{number}/edit" })
	String save(PartnerListScope scope, @PathVariable String number,
			@Valid @ModelAttribute("partnerForm") PartnerDetailsForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Partner partner = lists.partner(scope.funderCode(), listed(scope.funderCode(), number));
		checkContact(form.contactEmail(), result);
		if (result.hasErrors()) {
			return form(scope, partner, form, model);
		}
		Partner edited = lists.edit(scope.funderCode(), partner.number(), form.companyName(), form.chosenTier(),
				form.contactEmail(), user.getUsername());
		redirect.addFlashAttribute("notice",
				Notice.done("partner.notice.edited", edited.companyName(), edited.number().formatted()));
		return scope.listRedirect();
	}

	@GetMapping({ "/admin/partners/{funderCode}/{number}/remove", "/funder/partners/{number}/remove" })
	String confirmRemoval(PartnerListScope scope, @PathVariable String number, Model model) {
		model.addAttribute("partner", lists.partner(scope.funderCode(), listed(scope.funderCode(), number)));
		model.addAttribute("funder", scope.funder());
		model.addAttribute("scope", scope);
		return REMOVE_VIEW;
	}

	@PostMapping({ "/admin/partners/{funderCode}/{number}/remove", "/funder/partners/{number}/remove" })
	String remove(PartnerListScope scope, @PathVariable String number, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		Partner partner = lists.partner(scope.funderCode(), listed(scope.funderCode(), number));
		lists.remove(scope.funderCode(), partner.number(), user.getUsername());
		redirect.addFlashAttribute("notice",
				Notice.done("partner.notice.removed", partner.companyName(), partner.number().formatted()));
		return scope.listRedirect();
	}

	private String form(PartnerListScope scope, Partner partner, Object form, Model model) {
		model.addAttribute("funder", scope.funder());
		model.addAttribute("scope", scope);
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
