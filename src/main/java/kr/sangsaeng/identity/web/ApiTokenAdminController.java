package kr.sangsaeng.identity.web;

import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.identity.internal.BankApiTokenView;
import kr.sangsaeng.identity.internal.BankApiTokens;
import kr.sangsaeng.identity.internal.IssuedBankApiToken;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The API tokens of the banks' systems, for administrators: list, issue (the token shown once, on the page the
 * issue redirects to) and revoke.
 */
@Controller
@RequestMapping("/admin/api-tokens")
class ApiTokenAdminController {

	static final String LIST_VIEW = "identity/api-tokens/list";

	static final String FORM_VIEW = "identity/api-tokens/form";

	static final String ISSUED_VIEW = "identity/api-tokens/issued";

	static final String REVOKE_VIEW = "identity/api-tokens/revoke";

	private final BankApiTokens tokens;

	ApiTokenAdminController(BankApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tokens", tokens.all());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newToken(Model model) {
		return form(new ApiTokenForm(), model);
	}

	@PostMapping
	String issue(@ModelAttribute("tokenForm") ApiTokenForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		if (tokens.banks().stream().noneMatch(bank -> bank.code().equals(form.getBankCode()))) {
			errors.rejectValue("bankCode", "apiToken.form.error.bank");
		}
		if (!BankApiTokens.isAcceptableName(form.getName())) {
			errors.rejectValue("name", "apiToken.form.error.name", new Object[] { BankApiTokens.NAME_LIMIT }, null);
		}
		if (errors.hasErrors()) {
			return form(form, model);
		}
		IssuedBankApiToken issued = tokens.issue(form.getBankCode(), form.getName(), user.getUsername());
		redirect.addFlashAttribute("issued", issued);
		return "redirect:/admin/api-tokens/issued";
	}

	/**
	 * The token just issued, shown this once: the secret travels only in the flash attributes of the issue.
	 */
	@GetMapping("/issued")
	String issued(Model model) {
		if (!model.containsAttribute("issued")) {
			return "redirect:/admin/api-tokens";
		}
		return ISSUED_VIEW;
	}

	@GetMapping("/{id}/revoke")
	String confirmRevoke(@PathVariable long id, Model model) {
		model.addAttribute("token", existing(id));
		return REVOKE_VIEW;
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		existing(id);
		boolean revoked = tokens.revoke(id, user.getUsername());
		redirect.addFlashAttribute("notice", revoked ? "apiToken.revoked" : "apiToken.alreadyRevoked");
		return "redirect:/admin/api-tokens";
	}

	private String form(ApiTokenForm form, Model model) {
		model.addAttribute("tokenForm", form);
		model.addAttribute("banks", tokens.banks());
		return FORM_VIEW;
	}

	private BankApiTokenView existing(long id) {
		return tokens.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
