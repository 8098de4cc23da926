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

	@GetMapping("/login")
	String signIn(Authentication authentication, @RequestParam(required = false) String error,
			@RequestParam(required = false) String signedOut, Model model) {
		boolean signedIn = authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated();
		if (signedIn) {
			return "redirect:/";
		}
		model.addAttribute("signInFailed", error != null);
		model.addAttribute("signedOut", signedOut != null);
		return SIGN_IN_VIEW;
	}

}
