package kr.sangsaeng.dashboard.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import kr.sangsaeng.dashboard.Breakdown;
import kr.sangsaeng.dashboard.Period;

import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter of the breakdowns and the index: one programme or all the reader may see, a grouping, and a period
 * of Korean days (both ends included, either may be left open).
 */
public record DashboardFilter(String programme, String by, String from, String to) {

	boolean allProgrammes() {
		return programme == null || programme.isBlank();
	}

	Breakdown breakdown() {
		return Breakdown.ofParameter(by).orElse(Breakdown.REGION);
	}

	/**
	 * The period asked for, after checking it: a start after today or an end before the start is refused with a
	 * message next to its field, and then no period applies.
	 */
	Period period(Errors errors, LocalDate today) {
		LocalDate start = date("from", from, errors);
		LocalDate end = date("to", to, errors);
		if (start != null && start.isAfter(today)) {
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
	 * The day a field names ({@code YYYY-MM-DD}, as date inputs send it), {@code null} when left empty or unreadable.
	 */
	private static LocalDate date(String field, String text, Errors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(text.trim());
			// ISO dates may have years of up to nine digits, which the database cannot hold
			if (day.getYear() < 1 || day.getYear() > 9999) {
				errors.rejectValue(field, "dashboard.filter.error.date");
				return null;
			}
			return day;
		}
		catch (DateTimeParseException unreadable) {
			errors.rejectValue(field, "dashboard.filter.error.date");
			return null;
		}
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
