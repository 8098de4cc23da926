package kr.sangsaeng.dashboard.web;

import java.util.List;

import kr.sangsaeng.dashboard.FunderDashboard;
import kr.sangsaeng.dashboard.SupplyChainReach;
import kr.sangsaeng.identity.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in funder's own dashboard; only funders reach it (see the security configuration), and it shows only
 * their own institution's figures.
 */
@Controller
class FunderDashboardController {

	static final String VIEW = "dashboard/funder";

	private final FunderDashboard dashboard;

	private final SupplyChainReach reach;

	FunderDashboardController(FunderDashboard dashboard, SupplyChainReach reach) {
		this.dashboard = dashboard;
		this.reach = reach;
	}

	@GetMapping("/funder/dashboard")
	String dashboard(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("view", dashboard.of(user.organisation().funderCode()));
		model.addAttribute("reach", List.of(reach.of(user.organisation().funderCode())));
		model.addAttribute("funder", user.organisation().name());
		return VIEW;
	}

}
