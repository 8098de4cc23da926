package kr.sangsaeng.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import kr.sangsaeng.shared.SeoulTime;

/**
 * Korean months from {@code from} to {@code to}, both included; either end may be open ({@code null}). The
 * breakdowns and the index count in whole months: the distinct SMEs of a period are read from counts per month.
 */
public record Period(YearMonth from, YearMonth to) {

	public static final Period ALL = new Period(null, null);

	public Period {
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("a period ends after it starts");
		}
	}

	public boolean isOpen() {
		return from == null && to == null;
	}

	/**
	 * The first day of the period, {@code null} when it has no start.
	 */
	public LocalDate firstDay() {
		return from == null ? null : from.atDay(1);
	}

	/**
	 * The last day of the period, {@code null} when it has no end.
	 */
	public LocalDate lastDay() {
		return to == null ? null : to.atEndOfMonth();
	}

	/**
	 * The first moment of the period, {@code null} when it has no start.
	 */
	public Instant start() {
		return from == null ? null : firstDay().atStartOfDay(SeoulTime.ZONE).toInstant();
	}

	/**
	 * The first moment after the period, {@code null} when it has no end.
	 */
	public Instant end() {
		return to == null ? null : lastDay().plusDays(1).atStartOfDay(SeoulTime.ZONE).toInstant();
	}

}
