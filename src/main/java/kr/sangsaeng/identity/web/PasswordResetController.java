package kr.sangsaeng.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import kr.sangsaeng.identity.internal.AccountPasswords;
import kr.sangsaeng.identity.internal.AccountPasswords.ResetRequest;
import kr.sangsaeng.identity.web.PasswordForms.ChosenPassword;
import kr.sangsaeng.system.ClientAddresses;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Someone who forgot their password asks for a link by mail and chooses a new one with it; staff an administrator
 * invited choose their first password the same way. The answer to a request never says whether an account uses the
 * address.
 */
@Controller
class PasswordResetController {

	static final String REQUEST_VIEW = "identity/password-reset";

	static final String CHOOSE_VIEW = "identity/password-choose";

	private final AccountPasswords passwords;

	private final ClientAddresses addresses;

	PasswordResetController(AccountPasswords passwords, ClientAddresses addresses) {
		this.passwords = passwords;
		this.addresses = addresses;
	}

	@GetMapping("/password-reset")
	String request(@RequestParam(required = false) String sent, Model model) {
		model.addAttribute("sent", sent != null);
		return REQUEST_VIEW;
	}

	@PostMapping("/password-reset")
	String request(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model) {
		ResetRequest outcome = passwords.requestReset(email, addresses.of(request));
		if (outcome == ResetRequest.ASKED) {
			return "redirect:/password-reset?sent";
		}
		model.addAttribute("sent", false);
		model.addAttribute("email", email.length() <= 254 ? email : "");
		model.addAttribute("emailProblem", outcome == ResetRequest.TOO_MANY ? "password.reset.tooMany"
				: "password.reset.notAnAddress");
		return REQUEST_VIEW;
	}

	@GetMapping("/password-reset/{secret}")
	String reset(@PathVariable String secret, @ModelAttribute("form") ChosenPassword form, Model model) {
		return choose(secret, false, model);
	}

	@PostMapping("/password-reset/{secret}")
	String reset(@PathVariable String secret, @ModelAttribute("form") ChosenPassword form, BindingResult errors,
			Model model) {
		return chosen(secret, false, form, errors, model);
	}

	@GetMapping("/invitation/{secret}")
	String invitation(@PathVariable String secret, @ModelAttribute("form") ChosenPassword form, Model model) {
		return choose(secret, true, model);
	}

	@PostMapping("/invitation/{secret}")
	String invitation(@PathVariable String secret, @ModelAttribute("form") ChosenPassword form, BindingResult errors,
			Model model) {
		return chosen(secret, true, form, errors, model);
	}

	private String choose(String secret, boolean invitation, Model model) {
		model.addAttribute("invitation", invitation);
		model.addAttribute("secret", secret);
		model.addAttribute("username", passwords.linkHolder(secret, invitation).orElse(null));
		return CHOOSE_VIEW;
	}

	private String chosen(String secret, boolean invitation, ChosenPassword form, BindingResult errors,
			Model model) {
		if (form.confirmed(errors)) {
			PasswordForms.reject(errors, passwords.chooseWithLink(secret, invitation, form.getPassword()));
		}
		if (errors.hasErrors()) {
			return choose(secret, invitation, model);
		}
		return "redirect:/login?passwordChosen";
	}

}
