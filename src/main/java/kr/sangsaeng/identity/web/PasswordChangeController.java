package kr.sangsaeng.identity.web;

import jakarta.servlet.http.HttpSession;

import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.identity.internal.AccountPasswords;
import kr.sangsaeng.identity.web.PasswordForms.PasswordChange;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person changes their password; their other sessions end.
 */
@Controller
@RequestMapping("/account/password")
class PasswordChangeController {

	static final String VIEW = "identity/password-change";

	private final AccountPasswords passwords;

	PasswordChangeController(AccountPasswords passwords) {
		this.passwords = passwords;
	}

	@GetMapping
	String form(@ModelAttribute("form") PasswordChange form) {
		return VIEW;
	}

	@PostMapping
	String change(@ModelAttribute("form") PasswordChange form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, HttpSession session, RedirectAttributes redirect) {
		if (!form.confirmed(errors)) {
			return VIEW;
		}
		PasswordForms.reject(errors,
				passwords.change(user, form.getCurrentPassword(), form.getPassword(), session.getId()));
		if (errors.hasErrors()) {
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "password.change.done");
		return "redirect:/account/password";
	}

}
