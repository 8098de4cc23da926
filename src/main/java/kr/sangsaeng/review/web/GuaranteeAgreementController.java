package kr.sangsaeng.review.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationNotFoundException;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.review.GuaranteeAgreements;
import kr.sangsaeng.review.GuaranteeAgreements.AgreementTerms;
import kr.sangsaeng.review.ReviewRuleException;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.system.ClientAddresses;
import kr.sangsaeng.system.FormErrors;

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
 * The SME's side of an approved guarantee before the loan is paid out: it reads and accepts the guarantee agreement
 * (its representative typing their name), then confirms the first year's fee is paid. Only the SME that owns the
 * application finds the page; another finds no such application.
 */
@Controller
class GuaranteeAgreementController {

	static final String VIEW = "review/agreement";

	private static final String NAME_LETTERS = "[\\p{L}\\p{M} .·'-]+";

	private final GuaranteeApplications applications;

	private final GuaranteeAgreements agreements;

	private final ClientAddresses addresses;

	GuaranteeAgreementController(GuaranteeApplications applications, GuaranteeAgreements agreements,
			ClientAddresses addresses) {
		this.applications = applications;
		this.agreements = agreements;
		this.addresses = addresses;
	}

	@GetMapping("/applications/{id}/agreement")
	String show(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user, Model model,
			Locale locale) {
		return page(owned(user, id), new AgreementForm(), new FeeForm(), model, locale);
	}

	@PostMapping("/applications/{id}/agreement")
	String accept(@PathVariable ApplicationId id, @ModelAttribute("agreementForm") AgreementForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model, Locale locale,
			HttpServletRequest request, RedirectAttributes redirect) {
		ApplicationView application = owned(user, id);
		String name = form.getRepresentativeName() == null ? "" : form.getRepresentativeName().strip();
		if (name.isEmpty()) {
			errors.rejectValue("representativeName", "guarantee.agreement.name.required");
		}
		else if (name.length() > GuaranteeAgreements.NAME_LIMIT) {
			errors.rejectValue("representativeName", "guarantee.agreement.name.tooLong",
					new Object[] { GuaranteeAgreements.NAME_LIMIT }, null);
		}
		else if (!name.matches(NAME_LETTERS)) {
			errors.rejectValue("representativeName", "guarantee.agreement.name.invalid");
		}
		if (!errors.hasErrors()) {
			try {
				agreements.accept(application, name, locale, user.getUsername(), addresses.of(request));
				redirect.addFlashAttribute("notice", "guarantee.agreement.notice.accepted");
				return "redirect:/applications/" + id.value() + "/agreement";
			}
			catch (ReviewRuleException refused) {
				FormErrors.reject(errors, refused);
			}
		}
		return page(application, form, new FeeForm(), model, locale);
	}

	@PostMapping("/applications/{id}/fee-payment")
	String pay(@PathVariable ApplicationId id, @ModelAttribute("feeForm") FeeForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, Locale locale, RedirectAttributes redirect) {
		ApplicationView application = owned(user, id);
		if (!"yes".equals(form.getConfirmed())) {
			errors.rejectValue("confirmed", "guarantee.agreement.confirm.required");
		}
		if (!errors.hasErrors()) {
			try {
				agreements.recordFeePaid(application, user.getUsername());
				redirect.addFlashAttribute("notice", "guarantee.agreement.notice.paid");
				return "redirect:/applications/" + id.value();
			}
			catch (ReviewRuleException refused) {
				FormErrors.reject(errors, refused);
			}
		}
		return page(application, new AgreementForm(), form, model, locale);
	}

	private String page(ApplicationView application, AgreementForm agreementForm, FeeForm feeForm, Model model,
			Locale locale) {
		AgreementTerms terms = agreements.terms(application).orElseThrow(ApplicationNotFoundException::new);
		model.addAttribute("current", application);
		model.addAttribute("terms", terms);
		model.addAttribute("text", agreements.text(terms, locale));
		model.addAttribute("acceptance", agreements.acceptance(application.id()).orElse(null));
		model.addAttribute("agreementForm", agreementForm);
		model.addAttribute("feeForm", feeForm);
		return VIEW;
	}

	private ApplicationView owned(SignedInUser user, ApplicationId id) {
		Applicant applicant = new Applicant(user.organisation().id(), user.organisation().code(),
				user.organisation().name().korean(), user.getUsername());
		ApplicationView application = applications.details(applicant, id)
			.orElseThrow(ApplicationNotFoundException::new)
			.application();
		if (!application.status().wasApproved()) {
			throw new ApplicationNotFoundException();
		}
		return application;
	}

}
