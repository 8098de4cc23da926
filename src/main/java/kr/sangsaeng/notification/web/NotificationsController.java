package kr.sangsaeng.notification.web;

import java.util.List;
import java.util.Objects;

import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.notification.Notification;
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

	private final GuaranteeApplications applications;

	NotificationsController(Notifications notifications, GuaranteeApplications applications) {
		this.notifications = notifications;
		this.applications = applications;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<Notification> recent = notifications.recent(user.organisation().id());
		model.addAttribute("notifications", recent);
		model.addAttribute("labels",
				applications.labels(recent.stream()
					.map(Notification::applicationId)
					.filter(Objects::nonNull)
					.distinct()
					.toList()));
		return LIST_VIEW;
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal SignedInUser user) {
		notifications.markAllRead(user.organisation().id());
		return "redirect:/notifications";
	}

}
