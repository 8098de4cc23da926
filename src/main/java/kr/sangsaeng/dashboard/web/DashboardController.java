package kr.sangsaeng.dashboard.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import kr.sangsaeng.dashboard.Breakdown;
import kr.sangsaeng.dashboard.BreakdownTable;
import kr.sangsaeng.dashboard.Breakdowns;
import kr.sangsaeng.dashboard.ClaimFigures;
import kr.sangsaeng.dashboard.DashboardAccess;
import kr.sangsaeng.dashboard.IndexComponent;
import kr.sangsaeng.dashboard.FigureReckoning;
import kr.sangsaeng.dashboard.MoneyFigures;
import kr.sangsaeng.dashboard.MoneyTrail;
import kr.sangsaeng.dashboard.Overview;
import kr.sangsaeng.dashboard.Period;
import kr.sangsaeng.dashboard.SupplyChainReach;
import kr.sangsaeng.dashboard.UtilisationOverview;
import kr.sangsaeng.dashboard.WinWinIndex;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.SeoulTime;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The utilisation overview, its breakdowns and the win-win finance index: every published programme for ministry
 * officials and administrators, their own agency's programmes for agency staff (see the security configuration and
 * {@link DashboardAccess}).
 */
@Controller
class DashboardController {

	private final UtilisationOverview overviews;

	private final Breakdowns breakdowns;

	private final WinWinIndex index;

	private final DashboardAccess access;

	private final Tables tables;

	private final ChartData charts;

	private final ClaimFigures claims;

	private final SupplyChainReach reach;

	private final Clock clock;

	private final MoneyFigures money;

	private final MoneyTables moneyTables;

	private final FigureReckoning reckoning;

	DashboardController(UtilisationOverview overviews, Breakdowns breakdowns, WinWinIndex index,
			DashboardAccess access, Tables tables, ChartData charts, ClaimFigures claims, SupplyChainReach reach,
			Clock clock, MoneyFigures money, MoneyTables moneyTables, FigureReckoning reckoning) {
		this.reckoning = reckoning;
		this.claims = claims;
		this.reach = reach;
		this.money = money;
		this.moneyTables = moneyTables;
		this.overviews = overviews;
		this.breakdowns = breakdowns;
		this.index = index;
		this.access = access;
		this.tables = tables;
		this.charts = charts;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String overview(@AuthenticationPrincipal SignedInUser reader, Model model, Locale locale) {
		List<ProgrammeSummary> visible = access.programmesFor(reader);
		Overview overview = overviews.current(visible);
		model.addAttribute("overview", overview);
		model.addAttribute("reach", reach.of(visible));
		model.addAttribute("figuresReckonedAt", reckoning.reckonedAt().orElse(null));
		MoneyTrail trail = money.current(visible);
		model.addAttribute("money", trail);
		model.addAttribute("moneyTables", moneyTables.onPage(moneyTables.money(trail, locale)));
		model.addAttribute("agreementsTable", moneyTables.agreementsOnPage(moneyTables.agreements(overview, locale)));
		model.addAttribute("statuses", Overview.SUBMITTED_STATUSES);
		model.addAttribute("chartData", charts.json(overview, locale));
		model.addAttribute("wholeDashboard", access.seesEverything(reader));
		return "dashboard/overview";
	}

	/**
	 * A programme's breakdowns: the drill-down from the overview.
	 */
	@GetMapping("/dashboard/programmes/{code}")
	String programme(@AuthenticationPrincipal SignedInUser reader, @PathVariable String code) {
		ProgrammeSummary programme = access.programmeFor(reader, code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return "redirect:" + UriComponentsBuilder.fromPath("/dashboard/breakdowns")
			.queryParam("programme", programme.code().value())
			.encode()
			.build()
			.toUriString();
	}

	@GetMapping("/dashboard/breakdowns")
	String breakdowns(@AuthenticationPrincipal SignedInUser reader, @ModelAttribute("filter") DashboardFilter filter,
			BindingResult errors, Model model, Locale locale) {
		List<ProgrammeSummary> programmes = Readers.programmes(access, reader, filter);
		Period period = filter.period(errors, SeoulTime.today(clock));
		Breakdown by = filter.breakdown();
		BreakdownTable table = breakdowns.of(by, programmes, period);
		filterChoices(reader, filter, model);
		model.addAttribute("by", by);
		model.addAttribute("groupings", Breakdown.values());
		model.addAttribute("table", tables.breakdown(table, locale));
		model.addAttribute("chartData", charts.json(table, locale));
		model.addAttribute("claimsByAgreement", claims.byAgreement(programmes));
		model.addAttribute("claimsByBank", claims.byBank(programmes));
		model.addAttribute("figuresReckonedAt", reckoning.reckonedAt().orElse(null));
		return "dashboard/breakdowns";
	}

	@GetMapping("/dashboard/index")
	String index(@AuthenticationPrincipal SignedInUser reader, @ModelAttribute("filter") DashboardFilter filter,
			BindingResult errors, Model model, Locale locale) {
		List<ProgrammeSummary> programmes = Readers.programmes(access, reader, filter);
		Period period = filter.period(errors, SeoulTime.today(clock));
		WinWinIndex.Ranking ranking = index.rank(programmes, period);
		filterChoices(reader, filter, model);
		model.addAttribute("components", IndexComponent.values());
		model.addAttribute("speedHorizon", IndexComponent.SPEED_HORIZON_DAYS);
		List<DashboardTable> parts = tables.indexOnPage(tables.index(ranking, locale));
		model.addAttribute("table", parts.get(0));
		model.addAttribute("figures", parts.get(1));
		model.addAttribute("chartData", charts.json(ranking, locale));
		return "dashboard/index";
	}

	private void filterChoices(SignedInUser reader, DashboardFilter filter, Model model) {
		model.addAttribute("visibleProgrammes", access.programmesFor(reader));
		model.addAttribute("programmeChosen", !filter.allProgrammes());
		model.addAttribute("wholeDashboard", access.seesEverything(reader));
	}

}
