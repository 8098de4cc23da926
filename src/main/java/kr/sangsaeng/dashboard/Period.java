package kr.sangsaeng.dashboard;

import java.time.Instant;
import java.time.LocalDate;

import kr.sangsaeng.system.SeoulTime;

/**
 * Days in Korea from {@code from} to {@code to}, both included; either end may be open ({@code null}).
 */
public record Period(LocalDate from, LocalDate to) {

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
	 * Whether the period starts on the first day of a month (or has no start) and ends on the last day of a month
	 * (or has no end): all time is whole months too.
	 */
	public boolean isWholeMonths() {
		return (from == null || from.getDayOfMonth() == 1)
				&& (to == null || to.getDayOfMonth() == to.lengthOfMonth());
	}

	/**
	 * The first moment of the period, {@code null} when it has no start.
	 */
	public Instant start() {
		return from == null ? null : from.atStartOfDay(SeoulTime.ZONE).toInstant();
	}

	/**
	 * The first moment after the period, {@code null} when it has no end.
	 */
	public Instant end() {
		return to == null ? null : to.plusDays(1).atStartOfDay(SeoulTime.ZONE).toInstant();
	}

}
