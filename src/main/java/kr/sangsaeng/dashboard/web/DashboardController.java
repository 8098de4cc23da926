package kr.sangsaeng.dashboard.web;

import java.util.Locale;

import kr.sangsaeng.dashboard.Overview;
import kr.sangsaeng.dashboard.UtilisationOverview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The ministry's overview of utilisation (ministry officials and administrators; see the security configuration).
 */
@Controller
class DashboardController {

	private final UtilisationOverview overviews;

	private final ChartData charts;

	DashboardController(UtilisationOverview overviews, ChartData charts) {
		this.overviews = overviews;
		this.charts = charts;
	}

	@GetMapping("/dashboard")
	String overview(Model model, Locale locale) {
		Overview overview = overviews.current();
		model.addAttribute("overview", overview);
		model.addAttribute("statuses", Overview.SUBMITTED_STATUSES);
		model.addAttribute("chartData", charts.json(overview, locale));
		return "dashboard/overview";
	}

}
