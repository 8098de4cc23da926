package kr.sangsaeng.identity.web;

import java.util.List;
import java.util.Locale;

import kr.sangsaeng.identity.NewStaffAccount;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.identity.internal.AccountAdministration;
import kr.sangsaeng.identity.internal.AccountPasswords;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators invite staff of the ministry, the guarantee agencies, the banks and the funders: the account opens at once, and
 * the person chooses a password through the link mailed to them.
 */
@Controller
@RequestMapping("/admin/accounts/invite")
class AccountInvitationController {

	static final String VIEW = "identity/accounts/invite";

	static final List<Role> STAFF_ROLES = List.of(Role.AGENCY_REVIEWER, Role.AGENCY_APPROVER, Role.BANK_OFFICER,
			Role.FUNDER, Role.MINISTRY_OFFICIAL, Role.PROGRAM_ADMIN);

	private final AccountPasswords passwords;

	private final AccountAdministration accounts;

	AccountInvitationController(AccountPasswords passwords, AccountAdministration accounts) {
		this.passwords = passwords;
		this.accounts = accounts;
	}

	@GetMapping
	String form(@ModelAttribute("form") InvitationForm form, Model model) {
		return view(model);
	}

	@PostMapping
	String invite(@ModelAttribute("form") InvitationForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser administrator, Model model, RedirectAttributes redirect) {
		PasswordForms.reject(errors, passwords.invite(form.toNewStaffAccount(), administrator));
		if (errors.hasErrors()) {
			return view(model);
		}
		redirect.addFlashAttribute("notice", "account.invite.sent");
		return "redirect:/admin/accounts?q=" + form.getUsername().strip().toLowerCase(Locale.ROOT);
	}

	private String view(Model model) {
		model.addAttribute("roles", STAFF_ROLES);
		model.addAttribute("organisations", accounts.staffOrganisations());
		return VIEW;
	}

	static class InvitationForm {

		private String username = "";

		private String displayName = "";

		private String email = "";

		private String role = "";

		private String organisationCode = "";

		NewStaffAccount toNewStaffAccount() {
			Role chosen = STAFF_ROLES.stream().filter(staff -> staff.name().equals(role)).findFirst().orElse(null);
			return new NewStaffAccount(username, displayName, email, chosen, organisationCode);
		}

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getRole() {
			return role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public String getOrganisationCode() {
			return organisationCode;
		}

		public void setOrganisationCode(String organisationCode) {
			this.organisationCode = organisationCode;
		}

	}

}
