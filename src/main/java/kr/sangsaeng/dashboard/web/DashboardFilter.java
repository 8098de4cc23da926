package kr.sangsaeng.dashboard.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.sangsaeng.dashboard.Breakdown;
import kr.sangsaeng.dashboard.Period;

import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter of the breakdowns and the index: one programme or all the reader may see, a grouping, and a period
 * of Korean months (both ends included, either may be left open).
 */
public record DashboardFilter(String programme, String by, String from, String to) {

	/** A month as month inputs send it ({@code YYYY-MM}), or typed where a browser has none ({@code YYYY-M}). */
	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

	boolean allProgrammes() {
		return programme == null || programme.isBlank();
	}

	Breakdown breakdown() {
		return Breakdown.ofParameter(by).orElse(Breakdown.REGION);
	}

	/**
	 * The period asked for, after checking it: a start after this month or an end before the start is refused with
	 * a message next to its field, and then no period applies.
	 */
	Period period(Errors errors, LocalDate today) {
		YearMonth start = month("from", from, errors);
		YearMonth end = month("to", to, errors);
		if (start != null && start.isAfter(YearMonth.from(today))) {
			errors.rejectValue("from", "dashboard.filter.error.future");
		}
		if (start != null && end != null && end.isBefore(start)) {
			errors.rejectValue("to", "dashboard.filter.error.order");
		}
		if (errors.hasFieldErrors("from") || errors.hasFieldErrors("to")) {
			return Period.ALL;
		}
		return new Period(start, end);
	}

	/**
	 * The month a field names, {@code null} when left empty or unreadable.
	 */
	private static YearMonth month(String field, String text, Errors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Matcher typed = MONTH.matcher(text.trim());
		boolean readable = typed.matches();
		int year = readable ? Integer.parseInt(typed.group(1)) : 0;
		int month = readable ? Integer.parseInt(typed.group(2)) : 0;
		if (year < 1 || month < 1 || month > 12) {
			errors.rejectValue(field, "dashboard.filter.error.month");
			return null;
		}
		return YearMonth.of(year, month);
	}

	/**
	 * This filter on another page, or grouped another way ({@code by} may be {@code null}).
	 */
	String link(String path, String grouping) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		if (!allProgrammes()) {
			link.queryParam("programme", programme);
		}
		if (grouping != null) {
			link.queryParam("by", grouping);
		}
		if (from != null && !from.isBlank()) {
			link.queryParam("from", from.trim());
		}
		if (to != null && !to.isBlank()) {
			link.queryParam("to", to.trim());
		}
		return link.encode().build().toUriString();
	}

	public String breakdownLink(String grouping) {
		return link("/dashboard/breakdowns", grouping);
	}

	public String exportLink(String table, String format) {
		return link("/dashboard/export/" + table + "." + format,
				Tables.BREAKDOWN.equals(table) ? breakdown().parameter() : null);
	}

}
