package kr.sangsaeng.review.web;

import java.util.List;
import java.util.stream.Collectors;

import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.review.ApprovalInbox;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The approver's inbox: recommendations of their agency waiting for a second person.
 */
@Controller
class ApprovalInboxController {

	static final String INBOX_VIEW = "review/approvals";

	private final ApprovalInbox inbox;

	private final Accounts accounts;

	ApprovalInboxController(ApprovalInbox inbox, Accounts accounts) {
		this.inbox = inbox;
		this.accounts = accounts;
	}

	@GetMapping("/review/approvals")
	String approvals(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<ApprovalInbox.Waiting> waiting = inbox.waitingAt(user);
		model.addAttribute("waiting", waiting);
		model.addAttribute("staffNames", accounts.displayNames(waiting.stream()
			.map(item -> item.recommendation().actor().name())
			.collect(Collectors.toSet())));
		model.addAttribute("me", user.getUsername());
		return INBOX_VIEW;
	}

}
