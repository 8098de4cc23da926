package kr.sangsaeng.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kr.sangsaeng.dashboard.Breakdowns;
import kr.sangsaeng.dashboard.ClaimFigures;
import kr.sangsaeng.dashboard.DashboardAccess;
import kr.sangsaeng.dashboard.MoneyFigures;
import kr.sangsaeng.dashboard.Overview;
import kr.sangsaeng.dashboard.Period;
import kr.sangsaeng.dashboard.SupplyChainReach;
import kr.sangsaeng.dashboard.UtilisationOverview;
import kr.sangsaeng.dashboard.WinWinIndex;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.SeoulTime;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every dashboard table as a download, CSV or Excel, with the headers in the reader's language and the figures of
 * the page: {@code /dashboard/export/programmes.csv}, {@code /dashboard/export/breakdown.xlsx?by=region&...},
 * {@code /dashboard/export/reach.csv}, {@code /dashboard/export/claims.xlsx}.
 */
@Controller
class DashboardExportController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final UtilisationOverview overviews;

	private final Breakdowns breakdowns;

	private final WinWinIndex index;

	private final DashboardAccess access;

	private final Tables tables;

	private final Clock clock;

	private final MessageSource messages;

	private final MoneyFigures money;

	private final MoneyTables moneyTables;

	private final SupplyChainReach reach;

	private final ClaimFigures claims;

	DashboardExportController(UtilisationOverview overviews, Breakdowns breakdowns, WinWinIndex index,
			DashboardAccess access, Tables tables, Clock clock, MessageSource messages, MoneyFigures money,
			MoneyTables moneyTables, SupplyChainReach reach, ClaimFigures claims) {
		this.reach = reach;
		this.claims = claims;
		this.messages = messages;
		this.money = money;
		this.moneyTables = moneyTables;
		this.overviews = overviews;
		this.breakdowns = breakdowns;
		this.index = index;
		this.access = access;
		this.tables = tables;
		this.clock = clock;
	}

	@GetMapping("/dashboard/export/{table}.{format:csv|xlsx}")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal SignedInUser reader, @PathVariable String table,
			@PathVariable String format, @ModelAttribute("filter") DashboardFilter filter, BindingResult errors,
			Locale locale) {
		Export export = export(reader, table, filter, errors, locale);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		boolean csv = "csv".equals(format);
		if (csv) {
			CsvTableWriter.write(export.table(), export.title().lines(), out);
		}
		else {
			XlsxTableWriter.write(export.table(), export.title().lines(), out);
		}
		return ResponseEntity.ok()
			.contentType(csv ? CSV : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, export.title().contentDisposition(format))
			.body(out.toByteArray());
	}

	/**
	 * A table to download and what its file says it covers.
	 */
	private record Export(DashboardTable table, ExportTitle title) {
	}

	private Export export(SignedInUser reader, String table, DashboardFilter filter, BindingResult errors,
			Locale locale) {
		LocalDate today = SeoulTime.today(clock);
		DashboardTable content = table(reader, table, filter, errors, locale);
		if (!Tables.BREAKDOWN.equals(table) && !Tables.INDEX.equals(table)) {
			return new Export(content, ExportTitle.plain(content, today));
		}
		List<ProgrammeSummary> programmes = Readers.programmes(access, reader, filter);
		Period period = filter.period(new BeanPropertyBindingResult(filter, "filter"), today);
		return new Export(content, ExportTitle.filtered(content, filter.allProgrammes() ? null : programmes.get(0),
				period, today, messages, locale));
	}

	private DashboardTable table(SignedInUser reader, String table, DashboardFilter filter, BindingResult errors,
			Locale locale) {
		if (MoneyTables.MONEY.equals(table)) {
			return moneyTables.money(money.current(access.programmesFor(reader)), locale);
		}
		if (Tables.REACH.equals(table)) {
			return tables.reach(reach.of(access.programmesFor(reader)), locale);
		}
		if (Tables.CLAIMS.equals(table)) {
			List<ProgrammeSummary> visible = access.programmesFor(reader);
			return tables.claims(claims.byAgreement(visible), visible, locale);
		}
		if (MoneyTables.AGREEMENTS.equals(table)) {
			return moneyTables.agreements(overviews.current(access.programmesFor(reader)), locale);
		}
		if (List.of(Tables.PROGRAMMES, Tables.STATUSES, Tables.WEEKS, Tables.CAPACITY).contains(table)) {
			Overview overview = overviews.current(access.programmesFor(reader));
			return switch (table) {
				case Tables.PROGRAMMES -> tables.programmes(overview, locale);
				case Tables.STATUSES -> tables.statuses(overview, locale);
				case Tables.WEEKS -> tables.weeks(overview, locale);
				default -> tables.capacity(overview, locale);
			};
		}
		if (!Tables.BREAKDOWN.equals(table) && !Tables.INDEX.equals(table)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<ProgrammeSummary> programmes = Readers.programmes(access, reader, filter);
		Period period = filter.period(errors, SeoulTime.today(clock));
		if (errors.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (Tables.BREAKDOWN.equals(table)) {
			return tables.breakdown(breakdowns.of(filter.breakdown(), programmes, period), locale);
		}
		return tables.index(index.rank(programmes, period), locale);
	}

}
