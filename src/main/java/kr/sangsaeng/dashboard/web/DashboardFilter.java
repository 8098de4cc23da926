package kr.sangsaeng.dashboard.web;

import java.time.LocalDate;

import kr.sangsaeng.dashboard.Breakdown;
import kr.sangsaeng.dashboard.Period;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter of the breakdowns and the index: one programme or all the reader may see, a grouping, and a period
 * of Korean days (both ends included, either may be left open).
 */
public record DashboardFilter(String programme, String by, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

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
		if (from != null && from.isAfter(today) && !errors.hasFieldErrors("from")) {
			errors.rejectValue("from", "dashboard.filter.error.future");
		}
		if (from != null && to != null && to.isBefore(from) && !errors.hasFieldErrors("to")) {
			errors.rejectValue("to", "dashboard.filter.error.order");
		}
		if (errors.hasFieldErrors("from") || errors.hasFieldErrors("to")) {
			return Period.ALL;
		}
		return new Period(from, to);
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
		if (from != null) {
			link.queryParam("from", from);
		}
		if (to != null) {
			link.queryParam("to", to);
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
