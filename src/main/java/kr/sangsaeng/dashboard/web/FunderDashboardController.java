package kr.sangsaeng.dashboard.web;

import java.util.List;
import java.util.Locale;

import kr.sangsaeng.dashboard.ContributionStatement;
import kr.sangsaeng.dashboard.ContributionStatements;
import kr.sangsaeng.dashboard.FigureReckoning;
import kr.sangsaeng.dashboard.FunderDashboard;
import kr.sangsaeng.dashboard.FunderView;
import kr.sangsaeng.dashboard.SupplyChainReach;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.StoredDocument;
import kr.sangsaeng.system.DocumentResponses;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The signed-in funder's own dashboard and its yearly contribution statement (PDF or Excel); only funders reach them
 * (see the security configuration), and they show only their own institution's figures. A statement asked for a
 * year that is not one gives the dashboard back with the reason next to the year.
 */
@Controller
class FunderDashboardController {

	static final String VIEW = "dashboard/funder";

	private static final String PDF = "application/pdf";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final FunderDashboard dashboard;

	private final ContributionStatements statements;

	private final ContributionStatementPdf pdf;

	private final ContributionStatementWorkbook workbook;

	private final ChartData charts;

	private final SupplyChainReach reach;

	private final FigureReckoning reckoning;

	FunderDashboardController(FunderDashboard dashboard, ContributionStatements statements,
			ContributionStatementPdf pdf, ContributionStatementWorkbook workbook, ChartData charts,
			SupplyChainReach reach, FigureReckoning reckoning) {
		this.reckoning = reckoning;
		this.dashboard = dashboard;
		this.charts = charts;
		this.statements = statements;
		this.pdf = pdf;
		this.workbook = workbook;
		this.reach = reach;
	}

	@GetMapping("/funder/dashboard")
	String dashboard(@AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		FunderCode funder = user.organisation().funderCode();
		FunderView view = dashboard.of(funder);
		model.addAttribute("view", view);
		model.addAttribute("reach", List.of(reach.of(funder)));
		model.addAttribute("figuresReckonedAt", reckoning.reckonedAt().orElse(null));
		model.addAttribute("chartData", charts.json(view.pace(), locale));
		model.addAttribute("funder", user.organisation().name());
		model.addAttribute("statementYears", view.contributionYears());
		return VIEW;
	}

	@GetMapping("/funder/contributions/statement.pdf")
	ResponseEntity<byte[]> statementPdf(@RequestParam(required = false) String year,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		ContributionStatement statement = statement(user, year);
		return DocumentResponses.attachment(
				new StoredDocument(fileName(statement, "pdf"), PDF, pdf.render(statement, locale)));
	}

	@GetMapping("/funder/contributions/statement.xlsx")
	ResponseEntity<byte[]> statementXlsx(@RequestParam(required = false) String year,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		ContributionStatement statement = statement(user, year);
		return DocumentResponses.attachment(
				new StoredDocument(fileName(statement, "xlsx"), XLSX, workbook.render(statement, locale)));
	}

	@ExceptionHandler(InvalidStatementYear.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidYear(InvalidStatementYear invalid, @AuthenticationPrincipal SignedInUser user, Model model,
			Locale locale) {
		model.addAttribute("statementFirstYear", ContributionStatements.FIRST_YEAR);
		model.addAttribute("statementLastYear", invalid.thisYear);
		return dashboard(user, model, locale);
	}

	private ContributionStatement statement(SignedInUser user, String typed) {
		String year = typed == null ? "" : typed.strip();
		if (!year.matches("[0-9]{4}") || !statements.isIssuable(Integer.parseInt(year))) {
			throw new InvalidStatementYear(typed, statements.thisYear());
		}
		return statements.of(user.organisation().funderCode(), Integer.parseInt(year));
	}

	private static String fileName(ContributionStatement statement, String extension) {
		return "sangsaeng-contribution-statement-" + statement.funder().value() + "-" + statement.year() + "."
				+ extension;
	}

	/**
	 * The year asked for is missing, not a year, or one no statement is issued for.
	 */
	static class InvalidStatementYear extends RuntimeException {

		private final int thisYear;

		InvalidStatementYear(String typed, int thisYear) {
			super("No contribution statement for the year " + typed, null, false, false);
			this.thisYear = thisYear;
		}

	}

}
