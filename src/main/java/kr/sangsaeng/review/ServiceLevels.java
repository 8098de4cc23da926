package kr.sangsaeng.review;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.SeoulTime;

import org.springframework.stereotype.Service;

/**
 * How long agencies take to act on applications, in working days: weekdays other than the configured public
 * holidays, as days in Korea. An application counts its working days from the day after its submission (the day
 * of submission is not counted), up to and including today, and is overdue once it has waited more working days
 * than its agency's target while it waits for the agency; while the agency waits for the SME (information
 * requested) or once decided, it is never overdue.
 */
@Service
public class ServiceLevels {

	private static final Set<ApplicationStatus> WITH_THE_AGENCY = EnumSet.of(ApplicationStatus.SUBMITTED,
			ApplicationStatus.UNDER_REVIEW, ApplicationStatus.RECOMMENDED);

	/** A Monday, from which weekdays are counted. */
	private static final long FIRST_MONDAY = LocalDate.of(1970, 1, 5).toEpochDay();

	private final int defaultTarget;

	private final Map<String, Integer> targets;

	private final NavigableSet<LocalDate> weekdayHolidays;

	private final Clock clock;

	ServiceLevels(ServiceLevelProperties properties, Clock clock) {
		this.defaultTarget = properties.targetWorkingDays();
		this.targets = properties.agencyTargetWorkingDays()
			.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(entry -> entry.getKey().toUpperCase(Locale.ROOT), Map.Entry::getValue));
		this.weekdayHolidays = properties.holidays()
			.stream()
			.filter(ServiceLevels::isWeekday)
			.collect(Collectors.toCollection(TreeSet::new));
		this.clock = clock;
	}

	/**
	 * The working days after submission within which this agency aims to act.
	 */
	public int targetFor(AgencyCode agencyCode) {
		return agencyCode == null ? defaultTarget
				: targets.getOrDefault(agencyCode.value(), defaultTarget);
	}

	/**
	 * Whether the application waits for the agency to act, so that the service level runs.
	 */
	public boolean runsIn(ApplicationStatus status) {
		return WITH_THE_AGENCY.contains(status);
	}

	/**
	 * The statuses in which the service level runs.
	 */
	public Set<ApplicationStatus> runningStatuses() {
		return Set.copyOf(WITH_THE_AGENCY);
	}

	public boolean isWorkingDay(LocalDate day) {
		return isWeekday(day) && !weekdayHolidays.contains(day);
	}

	/**
	 * The working days after the day of {@code from} up to and including the day of {@code to}, in Korea: 0 on
	 * the same day, 1 on Monday for a Friday or Saturday, and 0 when {@code to} is before {@code from}.
	 */
	public int workingDaysBetween(Instant from, Instant to) {
		LocalDate first = from.atZone(SeoulTime.ZONE).toLocalDate();
		LocalDate last = to.atZone(SeoulTime.ZONE).toLocalDate();
		if (!last.isAfter(first)) {
			return 0;
		}
		long weekdays = weekdaysUpTo(last) - weekdaysUpTo(first);
		return (int) (weekdays - weekdayHolidays.subSet(first, false, last, true).size());
	}

	/**
	 * The working days since {@code from}, up to today.
	 */
	public int workingDaysSince(Instant from) {
		return workingDaysBetween(from, clock.instant());
	}

	/**
	 * Whether an application of this agency, in this status and submitted then, has waited longer than the
	 * agency's target.
	 */
	public boolean isOverdue(AgencyCode agencyCode, ApplicationStatus status, Instant submittedAt, Instant now) {
		return submittedAt != null && runsIn(status) && workingDaysBetween(submittedAt, now) > targetFor(agencyCode);
	}

	public boolean isOverdue(AgencyCode agencyCode, ApplicationStatus status, Instant submittedAt) {
		return isOverdue(agencyCode, status, submittedAt, clock.instant());
	}

	/**
	 * The moment before which an application must have been submitted to be overdue now, if it still waits for
	 * this agency: the start of the day that leaves more working days than the target until today.
	 */
	public Instant overdueIfSubmittedBefore(AgencyCode agencyCode, Instant now) {
		int needed = targetFor(agencyCode) + 1;
		LocalDate day = now.atZone(SeoulTime.ZONE).toLocalDate();
		int counted = isWorkingDay(day) ? 1 : 0;
		while (counted < needed) {
			day = day.minusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day.atStartOfDay(SeoulTime.ZONE).toInstant();
	}

	public Instant now() {
		return clock.instant();
	}

	/**
	 * The weekdays from {@link #FIRST_MONDAY} up to and including {@code day}, less one (an offset that cancels
	 * out in differences).
	 */
	private static long weekdaysUpTo(LocalDate day) {
		long days = day.toEpochDay() - FIRST_MONDAY;
		return Math.floorDiv(days, 7) * 5 + Math.min(Math.floorMod(days, 7), 4);
	}

	private static boolean isWeekday(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
