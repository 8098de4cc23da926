package kr.sangsaeng.disbursement.web;

import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.ApplicationId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A loan as its bank's officer pays it out: how much is paid, each payment and reversal, and the forms for what
 * the officer may do next ({@link LoanActionController}). Another bank's loan is not found, whatever is asked of it.
 */
@Controller
class LoanController {

	private final LoanPage page;

	LoanController(LoanPage page) {
		this.page = page;
	}

	@GetMapping("/disbursements/{id}")
	String show(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return page.show(page.loan(user, id), user, model, null, null, null);
	}

}
