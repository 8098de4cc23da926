package kr.sangsaeng.identity.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

	static final String SIGN_IN_VIEW = "identity/login";

	/** The longest wait the sign-in page speaks of, in minutes; a larger number in the address is ignored. */
	static final int LONGEST_WAIT_MINUTES = 60;

	@GetMapping("/login")
	String signIn(Authentication authentication, @RequestParam(required = false) String error,
			@RequestParam(required = false) String signedOut, @RequestParam(required = false) String ended,
			@RequestParam(required = false) String disabled, @RequestParam(required = false) String passwordChosen,
			@RequestParam(name = "wait", required = false) String wait, Model model) {
		boolean signedIn = authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated();
		if (signedIn) {
			return "redirect:/";
		}
		model.addAttribute("signInFailed", error != null);
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("accountDisabled", disabled != null);
		model.addAttribute("passwordChosen", passwordChosen != null);
		model.addAttribute("sessionEnded", ended != null);
		if (wait != null && wait.matches("[0-9]{1,2}")) {
			int minutes = Integer.parseInt(wait);
			if (minutes >= 1 && minutes <= LONGEST_WAIT_MINUTES) {
				model.addAttribute("waitMinutes", minutes);
			}
		}
		return SIGN_IN_VIEW;
	}

}
