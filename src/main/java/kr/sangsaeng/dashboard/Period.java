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
