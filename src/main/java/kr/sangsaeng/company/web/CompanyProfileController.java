package kr.sangsaeng.company.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.sangsaeng.company.CompanyDetails;
import kr.sangsaeng.company.CompanyProfile;
import kr.sangsaeng.company.CompanyProfiles;
import kr.sangsaeng.identity.SessionSignIn;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.Region;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in SME's own company profile, which it keeps current. No address names a company: the profile
 * shown and changed is always the one of the signed-in user's organisation.
 */
@Controller
@RequestMapping("/company/profile")
class CompanyProfileController {

	static final String PROFILE_VIEW = "company/profile";

	private final CompanyProfiles profiles;

	private final CompanyDetailsChecks checks;

	private final SessionSignIn sessionSignIn;

	CompanyProfileController(CompanyProfiles profiles, CompanyDetailsChecks checks, SessionSignIn sessionSignIn) {
		this.profiles = profiles;
		this.checks = checks;
		this.sessionSignIn = sessionSignIn;
	}

	@InitBinder("profileForm")
	void keepTextShort(WebDataBinder binder) {
		FormChoices.keepTextShort(binder);
	}

	@ModelAttribute("industries")
	List<IndustrySection> industries() {
		return FormChoices.INDUSTRIES;
	}

	@ModelAttribute("regions")
	List<Region> regions() {
		return FormChoices.REGIONS;
	}

	@ModelAttribute("today")
	LocalDate today() {
		return checks.today();
	}

	@GetMapping
	String show(@AuthenticationPrincipal SignedInUser user, Model model) {
		Optional<CompanyProfile> profile = showProfile(user, model);
		model.addAttribute("profileForm", profile.map(CompanyProfileForm::of).orElseGet(CompanyProfileForm::empty));
		return PROFILE_VIEW;
	}

	@PostMapping
	String update(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("profileForm") CompanyProfileForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		Optional<CompanyDetails> details = checks.check(form, result);
		if (details.isEmpty()) {
			showProfile(user, model);
			return PROFILE_VIEW;
		}
		CompanyProfile saved = profiles.update(user, details.get());
		if (!saved.name().equals(user.organisation().name())) {
			sessionSignIn.organisationRenamed(user, saved.name(), request, response);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/company/profile";
	}

	private Optional<CompanyProfile> showProfile(SignedInUser user, Model model) {
		Optional<CompanyProfile> profile = profiles.forOrganisation(user.organisation().id());
		model.addAttribute("profile", profile.orElse(null));
		model.addAttribute("ownership", profiles.ownership(user.organisation().id()));
		profile.ifPresent(shown -> {
			model.addAttribute("registeredOn", LocalDate.ofInstant(shown.createdAt(), CompanyDetailsChecks.KOREA));
			model.addAttribute("updatedAt", LocalDateTime.ofInstant(shown.updatedAt(), CompanyDetailsChecks.KOREA));
		});
		return profile;
	}

}
