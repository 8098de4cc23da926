package kr.sangsaeng.identity.web;

import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.identity.internal.AccountAdministration;
import kr.sangsaeng.identity.internal.AccountPasswords;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accounts, for administrators: find one, disable it (ending its sessions) or enable it again.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	static final String LIST_VIEW = "identity/accounts/list";

	private final AccountAdministration accounts;

	private final AccountPasswords passwords;

	AccountAdminController(AccountAdministration accounts, AccountPasswords passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String text, Model model) {
		// control characters are in no stored name, and PostgreSQL takes no NUL in a query
		String search = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
		model.addAttribute("accounts", accounts.find(search));
		model.addAttribute("q", search);
		model.addAttribute("pageSize", AccountAdministration.PAGE_SIZE);
		return LIST_VIEW;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		existing(id);
		if (id == user.accountId()) {
			redirect.addFlashAttribute("problem", "account.ownAccount");
		}
		else {
			accounts.disable(id, user);
			redirect.addFlashAttribute("notice", "account.disabled");
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		existing(id);
		accounts.enable(id, user);
		redirect.addFlashAttribute("notice", "account.enabled");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/password-reset")
	String mailReset(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		existing(id);
		if (passwords.mailReset(id, user)) {
			redirect.addFlashAttribute("notice", "account.reset.sent");
		}
		else {
			redirect.addFlashAttribute("problem", "account.reset.noAddress");
		}
		return "redirect:/admin/accounts";
	}

	private void existing(long id) {
		accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
