package kr.sangsaeng.company.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.sangsaeng.company.CompanyProfiles;
import kr.sangsaeng.company.CompanySignUp;
import kr.sangsaeng.identity.AlreadyRegisteredException;
import kr.sangsaeng.identity.SessionSignIn;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.Region;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An SME signs itself up: its company, and the account it signs in with from then on.
 */
@Controller
class SignUpController {

	static final String SIGN_UP_VIEW = "company/register";

	private final SignUpChecks checks;

	private final CompanyDetailsChecks companyChecks;

	private final CompanyProfiles profiles;

	private final SessionSignIn sessionSignIn;

	SignUpController(SignUpChecks checks, CompanyDetailsChecks companyChecks, CompanyProfiles profiles,
			SessionSignIn sessionSignIn) {
		this.checks = checks;
		this.companyChecks = companyChecks;
		this.profiles = profiles;
		this.sessionSignIn = sessionSignIn;
	}

	@InitBinder("signUp")
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
		return companyChecks.today();
	}

	@GetMapping("/register")
	String signUpForm(Authentication authentication, Model model) {
		if (isSignedIn(authentication)) {
			return "redirect:/";
		}
		model.addAttribute("signUp", SignUpForm.empty());
		return SIGN_UP_VIEW;
	}

	@PostMapping("/register")
	String signUp(@Valid @ModelAttribute("signUp") SignUpForm form, BindingResult result,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		if (isSignedIn(authentication)) {
			return "redirect:/";
		}
		Optional<CompanySignUp> signUp = checks.check(form, result);
		if (signUp.isEmpty()) {
			return SIGN_UP_VIEW;
		}
		SignedInUser account;
		try {
			account = profiles.register(signUp.get());
		}
		catch (AlreadyRegisteredException taken) {
			SignUpChecks.reject(taken, result);
			return SIGN_UP_VIEW;
		}
		sessionSignIn.signIn(account, request, response);
		return "redirect:/";
	}

	private static boolean isSignedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
