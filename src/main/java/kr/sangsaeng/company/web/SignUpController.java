package kr.sangsaeng.company.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.sangsaeng.company.CertificateRuleException;
import kr.sangsaeng.company.CompanyProfiles;
import kr.sangsaeng.company.CompanySignUp;
import kr.sangsaeng.company.OwnershipCertificates;
import kr.sangsaeng.identity.AlreadyRegisteredException;
import kr.sangsaeng.identity.SessionSignIn;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.UploadedDocument;
import kr.sangsaeng.system.OversizedUploadGuard;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

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
	String signUpForm(Authentication authentication,
			@RequestParam(name = OversizedUploadGuard.TOO_LARGE_PARAMETER, required = false) String tooLarge,
			Model model) {
		if (isSignedIn(authentication)) {
			return "redirect:/";
		}
		if (tooLarge != null) {
			model.addAttribute("certificateProblem", "certificate.error.uploadTooLarge");
		}
		model.addAttribute("signUp", SignUpForm.empty());
		return SIGN_UP_VIEW;
	}

	@PostMapping("/register")
	String signUp(@Valid @ModelAttribute("signUp") SignUpForm form, BindingResult result,
			@RequestParam(name = CertificateUpload.FIELD, required = false) MultipartFile certificateFile,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model)
			throws IOException {
		if (isSignedIn(authentication)) {
			return "redirect:/";
		}
		Optional<UploadedDocument> certificate = CertificateUpload.of(certificateFile);
		Optional<String> certificateProblem = certificate.flatMap(OwnershipCertificates::problemWith);
		certificateProblem.ifPresent(problem -> certificateProblem(model, problem,
				new Object[] { certificate.get().displayName() }));
		Optional<CompanySignUp> signUp = checks.check(form, result);
		if (signUp.isEmpty() || certificateProblem.isPresent()) {
			if (certificate.isPresent() && certificateProblem.isEmpty()) {
				model.addAttribute("certificateAgain", true);
			}
			return SIGN_UP_VIEW;
		}
		SignedInUser account;
		try {
			account = profiles.register(signUp.get(), certificate.orElse(null));
		}
		catch (AlreadyRegisteredException taken) {
			SignUpChecks.reject(taken, result);
			return SIGN_UP_VIEW;
		}
		catch (CertificateRuleException refused) {
			certificateProblem(model, refused.messageKey(), refused.arguments());
			return SIGN_UP_VIEW;
		}
		sessionSignIn.signIn(account, request, response);
		return "redirect:/";
	}

	private static void certificateProblem(Model model, String messageKey, Object[] arguments) {
		model.addAttribute("certificateProblem", messageKey);
		model.addAttribute("certificateProblemArguments", arguments);
	}

	private static boolean isSignedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
