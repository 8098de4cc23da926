package kr.sangsaeng.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Moments as people in Korea read them, in Korea Standard Time ({@code ${@seoulTime.format(instant)}} in
 * templates, where the web configuration offers one).
 */
public class SeoulTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

	/**
	 * The day it is in Seoul by {@code clock}.
	 */
	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	public String format(Instant moment) {
		return moment == null ? "—" : MINUTES.format(moment.atZone(ZONE));
	}

	public String date(Instant moment) {
		return moment == null ? "—" : DAY.format(moment.atZone(ZONE));
	}

	public String window(Instant opens, Instant closes) {
		if (opens == null && closes == null) {
			return "—";
		}
		return format(opens) + " – " + format(closes);
	}

}
