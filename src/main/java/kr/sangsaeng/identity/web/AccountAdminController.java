package kr.sangsaeng.identity.web;

import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.identity.internal.AccountAdministration;
import kr.sangsaeng.identity.internal.AccountPasswords;
import kr.sangsaeng.identity.internal.AccountView;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accounts, for administrators: find one, disable it (ending its sessions, after a confirmation that shows
 * them, with a reason) or enable it again.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	static final String LIST_VIEW = "identity/accounts/list";

	static final String DISABLE_VIEW = "identity/accounts/disable";

	static final int REASON_LIMIT = 1000;

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

	/**
	 * Whose account it is and which of its sessions disabling it will end, with a field for the reason: nothing
	 * changes before the administrator confirms.
	 */
	@GetMapping("/{id}/disable")
	String confirmDisable(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		AccountView account = existing(id);
		if (id == user.accountId()) {
			redirect.addFlashAttribute("problem", "account.ownAccount");
			return "redirect:/admin/accounts";
		}
		return confirmation(account, new AccountDisableForm(), model);
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, @ModelAttribute("accountDisableForm") AccountDisableForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		AccountView account = existing(id);
		if (id == user.accountId()) {
			redirect.addFlashAttribute("problem", "account.ownAccount");
			return "redirect:/admin/accounts";
		}
		String reason = form.getReason() == null ? "" : form.getReason().strip();
		if (reason.isEmpty()) {
			errors.rejectValue("reason", "account.disable.error.reason");
		}
		else if (reason.codePointCount(0, reason.length()) > REASON_LIMIT) {
			errors.rejectValue("reason", "account.disable.error.reasonTooLong", new Object[] { REASON_LIMIT }, null);
		}
		if (!form.isConfirmed() && !errors.hasFieldErrors("confirmed")) {
			errors.rejectValue("confirmed", "form.confirmAgain");
		}
		if (errors.hasErrors()) {
			return confirmation(account, form, model);
		}
		accounts.disable(id, reason, user);
		redirect.addFlashAttribute("notice", "account.disabled");
		return "redirect:/admin/accounts";
	}

	private String confirmation(AccountView account, AccountDisableForm form, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("sessions", accounts.openSessions(account.id()));
		model.addAttribute("accountDisableForm", form);
		return DISABLE_VIEW;
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

	private AccountView existing(long id) {
		return accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
