package kr.sangsaeng.company.web;

import kr.sangsaeng.company.OwnershipProof;
import kr.sangsaeng.identity.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in SME proves that its business registration number is its own, with a code mailed to the contact of
 * a funder's partner list. No address names a company: it is always the signed-in user's own.
 */
@Controller
@RequestMapping("/company/verification")
class OwnershipController {

	static final String VIEW = "company/verification";

	static final String REDIRECT = "redirect:/company/verification";

	/** Longer than any code, so that a pasted code with blanks is still read. */
	static final int CODE_LENGTH = 20;

	private final OwnershipProof proof;

	OwnershipController(OwnershipProof proof) {
		this.proof = proof;
	}

	@GetMapping
	String show(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("status", proof.status(user));
		return VIEW;
	}

	@PostMapping("/code")
	String mailCode(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		OwnershipProof.Mailing mailing = proof.mailCode(user);
		redirect.addFlashAttribute(mailing == OwnershipProof.Mailing.MAILED ? "notice" : "problem",
				"ownership.mailing." + mailing.name());
		return REDIRECT;
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam(name = "code", required = false) String code,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		if (code == null || code.isBlank() || code.length() > CODE_LENGTH) {
			model.addAttribute("codeProblem", "ownership.confirmation.WRONG");
			return show(user, model);
		}
		OwnershipProof.Confirmation confirmation = proof.confirm(user, code);
		if (confirmation == OwnershipProof.Confirmation.VERIFIED
				|| confirmation == OwnershipProof.Confirmation.NOT_NEEDED) {
			redirect.addFlashAttribute("notice", "ownership.confirmation." + confirmation.name());
			return REDIRECT;
		}
		model.addAttribute("codeProblem", "ownership.confirmation." + confirmation.name());
		return show(user, model);
	}

}
