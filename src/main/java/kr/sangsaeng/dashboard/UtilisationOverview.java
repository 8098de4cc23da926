package kr.sangsaeng.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much of the published programmes' capacity is committed and disbursed, how applications fare and how fast,
 * per programme and in total, with the last {@value #WEEKS} weeks' activity.
 */
@Service
@Transactional(readOnly = true)
public class UtilisationOverview {

	public static final int WEEKS = 26;

	private final ProgrammeCatalogue catalogue;

	private final ActivityQueries activity;

	private final Clock clock;

	UtilisationOverview(ProgrammeCatalogue catalogue, ActivityQueries activity, Clock clock) {
		this.catalogue = catalogue;
		this.activity = activity;
		this.clock = clock;
	}

	/**
	 * Every published programme.
	 */
	public Overview current() {
		return current(catalogue.published());
	}

	/**
	 * The given programmes only (those a reader may see), the total being theirs.
	 */
	public Overview current(List<ProgrammeSummary> published) {
		Instant now = clock.instant();
		List<String> codes = published.stream().map(programme -> programme.code().value()).toList();
		Map<String, Map<ApplicationStatus, Long>> statuses = activity.applicationsByStatus(codes);
		Map<String, BigDecimal> toDecision = activity.medianDaysToDecision(codes);
		Map<String, BigDecimal> toDisbursement = activity.medianDaysToFirstDisbursement(codes);
		Map<String, Won> disbursedOpen = activity.disbursedOfOpenGuarantees(codes);

		List<Overview.Figures> programmes = new ArrayList<>();
		Won capacity = Won.ZERO;
		Won committed = Won.ZERO;
		Won disbursed = Won.ZERO;
		Won open = Won.ZERO;
		Map<ApplicationStatus, Long> allStatuses = new EnumMap<>(ApplicationStatus.class);
		for (ProgrammeSummary programme : published) {
			String code = programme.code().value();
			Overview.Figures figures = new Overview.Figures(code, programme.name(), programme.capacity(),
					programme.committed(), programme.disbursed(), disbursedOpen.getOrDefault(code, Won.ZERO),
					statuses.getOrDefault(code, Map.of()), toDecision.get(code), toDisbursement.get(code),
					programme.agreements());
			programmes.add(figures);
			capacity = capacity.plus(figures.capacity());
			committed = committed.plus(figures.committed());
			disbursed = disbursed.plus(figures.disbursed());
			open = open.plus(figures.disbursedOpen());
			figures.applications().forEach((status, count) -> allStatuses.merge(status, count, Long::sum));
		}
		Overview.Figures total = new Overview.Figures(ActivityQueries.TOTAL, new LocalizedName("합계", "Total"),
				capacity, committed, disbursed, open, allStatuses, toDecision.get(ActivityQueries.TOTAL),
				toDisbursement.get(ActivityQueries.TOTAL));
		return new Overview(now, List.copyOf(programmes), total, weeks(codes));
	}

	private List<Overview.Week> weeks(List<String> codes) {
		LocalDate thisWeek = SeoulTime.today(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate first = thisWeek.minusWeeks(WEEKS - 1);
		Instant since = first.atStartOfDay(SeoulTime.ZONE).toInstant();
		Map<LocalDate, Long> submitted = activity.applicationsSubmittedPerWeek(codes, since);
		Map<LocalDate, Long> issued = activity.guaranteesIssuedPerWeek(codes, since);
		Map<LocalDate, Long> disbursed = activity.netDisbursedPerWeek(codes, first);
		List<Overview.Week> weeks = new ArrayList<>(WEEKS);
		for (LocalDate monday = first; !monday.isAfter(thisWeek); monday = monday.plusWeeks(1)) {
			weeks.add(new Overview.Week(monday, submitted.getOrDefault(monday, 0L), issued.getOrDefault(monday, 0L),
					disbursed.getOrDefault(monday, 0L)));
		}
		return List.copyOf(weeks);
	}

}
