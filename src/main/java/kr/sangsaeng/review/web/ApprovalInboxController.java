package kr.sangsaeng.review.web;

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

	ApprovalInboxController(ApprovalInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/review/approvals")
	String approvals(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("waiting", inbox.waitingAt(user));
		model.addAttribute("me", user.getUsername());
		return INBOX_VIEW;
	}

}
