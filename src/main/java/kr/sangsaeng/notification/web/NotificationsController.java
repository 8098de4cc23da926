package kr.sangsaeng.notification.web;

import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.notification.Notifications;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The signed-in organisation's notifications.
 */
@Controller
class NotificationsController {

	static final String LIST_VIEW = "notification/list";

	private final Notifications notifications;

	NotificationsController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("notifications", notifications.recent(user.organisation().id()));
		return LIST_VIEW;
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal SignedInUser user) {
		notifications.markAllRead(user.organisation().id());
		return "redirect:/notifications";
	}

}
