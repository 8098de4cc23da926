package kr.sangsaeng.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kr.sangsaeng.applications.ApplicationCounts;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the overview's figures from the counts the database keeps with every change
 * ({@code R__dashboard_counting.sql}, and {@link ApplicationCounts} for the statuses): the same figures as
 * {@link LiveActivityQueries}, at a cost that does not grow with the number of applications.
 */
@Primary
@Component
class AggregateActivityQueries implements ActivityQueries {

	private static final String DECIDED = "('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED', "
			+ "'REJECTED')";

	private static final String DECISION_SECONDS = "extract(epoch from decided_at - submitted_at)";

	private final JdbcClient jdbc;

	private final ApplicationCounts counts;

	AggregateActivityQueries(JdbcClient jdbc, ApplicationCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	@Override
	public Map<String, Map<ApplicationStatus, Long>> applicationsByStatus(Collection<String> programmes) {
		Map<String, Map<ApplicationStatus, Long>> byProgramme = new HashMap<>();
		for (ApplicationCounts.StatusCount count : counts
			.byProgrammeAndStatus(programmes.stream().map(ProgrammeCode::new).toList())) {
			byProgramme.computeIfAbsent(count.programmeCode().value(), code -> new EnumMap<>(ApplicationStatus.class))
				.put(count.status(), count.applications());
		}
		return byProgramme;
	}

	/**
	 * The hour histogram says which hours hold the middle applications, the minute histogram of those hours which
	 * minutes; their exact durations are read from the few applications of those minutes only, for every programme
	 * and the total in one statement each.
	 */
	@Override
	public Map<String, BigDecimal> medianDaysToDecision(Collection<String> programmes) {
		Map<String, BigDecimal> medians = new HashMap<>();
		if (programmes.isEmpty()) {
			return medians;
		}
		Map<String, Histogram> histograms = histograms("select programme_code, hours, sum(applications) "
				+ "from decision_hours where programme_code in (:programmes) group by 1, 2 having sum(applications) <> 0",
				programmes);
		List<String> keys = new ArrayList<>();
		List<Histogram.Position> inHours = new ArrayList<>();
		histograms.forEach((code, histogram) -> histogram.middle().forEach(position -> {
			keys.add(code);
			inHours.add(position);
		}));
		String programmeList = String.join(",", programmes);
		Map<String, Histogram> minutes = new HashMap<>();
		jdbc.sql("select w.n, m.minutes, sum(m.applications) from unnest(string_to_array(:keys, ','), "
				+ "string_to_array(:hours, ',')::bigint[]) with ordinality w(key, hour, n) join decision_minutes m "
				+ "on m.programme_code = any(case when w.key = '' then string_to_array(:programmes, ',') "
				+ "else array[w.key] end) and m.minutes >= w.hour * 60 and m.minutes < (w.hour + 1) * 60 "
				+ "group by 1, 2 having sum(m.applications) <> 0")
			.param("programmes", programmeList)
			.param("keys", String.join(",", keys))
			.param("hours", joined(inHours.stream().map(Histogram.Position::bucket).toList()))
			.query((ResultSet row) -> {
				minutes.computeIfAbsent(row.getString(1), n -> new Histogram()).add(row.getLong(2), row.getLong(3));
			});
		List<Long> minuteOfEach = new ArrayList<>();
		List<Long> offsets = new ArrayList<>();
		for (int n = 0; n < keys.size(); n++) {
			Histogram.Position inMinute = minutes.get(String.valueOf(n + 1)).at(inHours.get(n).offset());
			minuteOfEach.add(inMinute.bucket());
			offsets.add(inMinute.offset());
		}
		Map<String, List<Double>> middles = new HashMap<>();
		jdbc.sql("select w.key, (select " + DECISION_SECONDS + "::float8 from guarantee_application "
				+ "where programme_code = any(case when w.key = '' then string_to_array(:programmes, ',') "
				+ "else array[w.key] end) and status in " + DECIDED
				+ " and decided_at is not null and submitted_at is not null and " + DECISION_SECONDS
				+ " >= w.minute * 60 and " + DECISION_SECONDS + " < (w.minute + 1) * 60 order by " + DECISION_SECONDS
				+ " offset w.position limit 1) from unnest(string_to_array(:keys, ','), "
				+ "string_to_array(:minutes, ',')::bigint[], string_to_array(:offsets, ',')::bigint[]) "
				+ "with ordinality w(key, minute, position, n) order by w.n")
			.param("programmes", programmeList)
			.param("keys", String.join(",", keys))
			.param("minutes", joined(minuteOfEach))
			.param("offsets", joined(offsets))
			.query((ResultSet row) -> {
				middles.computeIfAbsent(row.getString(1), key -> new ArrayList<>()).add(row.getDouble(2));
			});
		middles.forEach((code, middle) -> medians.put(code, days(Histogram.median(middle))));
		return medians;
	}

	private static String joined(List<Long> numbers) {
		return String.join(",", numbers.stream().map(String::valueOf).toList());
	}

	@Override
	public Map<String, BigDecimal> medianDaysToFirstDisbursement(Collection<String> programmes) {
		Map<String, BigDecimal> medians = new HashMap<>();
		if (programmes.isEmpty()) {
			return medians;
		}
		histograms("select programme_code, days, sum(loans) from first_payment_total "
				+ "where programme_code in (:programmes) and recorded group by 1, 2 having sum(loans) <> 0", programmes)
			.forEach((code, histogram) -> medians.put(code,
					days(histogram.median((days, offset) -> (double) (days * 86_400)))));
		return medians;
	}

	@Override
	public Map<String, Won> disbursedOfOpenGuarantees(Collection<String> programmes) {
		Map<String, Won> amounts = new HashMap<>();
		if (programmes.isEmpty()) {
			return amounts;
		}
		jdbc.sql("select programme_code, sum(open_disbursed_won) from programme_activity "
				+ "where programme_code in (:programmes) and day = '-infinity' group by 1")
			.param("programmes", programmes)
			.query((ResultSet row) -> {
				amounts.put(row.getString(1), Won.of(row.getLong(2)));
			});
		return amounts;
	}

	@Override
	public Map<LocalDate, Long> applicationsSubmittedPerWeek(Collection<String> programmes, Instant since) {
		return perWeek("submitted", programmes, LocalDate.ofInstant(since, SeoulTime.ZONE));
	}

	@Override
	public Map<LocalDate, Long> guaranteesIssuedPerWeek(Collection<String> programmes, Instant since) {
		return perWeek("issued", programmes, LocalDate.ofInstant(since, SeoulTime.ZONE));
	}

	@Override
	public Map<LocalDate, Long> netDisbursedPerWeek(Collection<String> programmes, LocalDate since) {
		return perWeek("net_disbursed_won", programmes, since);
	}

	private Map<LocalDate, Long> perWeek(String column, Collection<String> programmes, LocalDate since) {
		Map<LocalDate, Long> weeks = new TreeMap<>();
		if (programmes.isEmpty()) {
			return weeks;
		}
		jdbc.sql("select (date_trunc('week', day))::date, sum(" + column + ") from programme_activity "
				+ "where programme_code in (:programmes) and day >= :since group by 1 having sum(" + column + ") <> 0")
			.param("programmes", programmes)
			.param("since", since)
			.query((ResultSet row) -> {
				weeks.put(row.getObject(1, LocalDate.class), row.getLong(2));
			});
		return weeks;
	}

	/**
	 * One histogram per programme and their sum under {@link #TOTAL}, from rows of programme, value and count.
	 */
	private Map<String, Histogram> histograms(String sql, Collection<String> programmes) {
		Map<String, Histogram> histograms = new HashMap<>();
		jdbc.sql(sql).param("programmes", programmes).query((ResultSet row) -> {
			long value = row.getLong(2);
			long count = row.getLong(3);
			histograms.computeIfAbsent(row.getString(1), code -> new Histogram()).add(value, count);
			histograms.computeIfAbsent(TOTAL, code -> new Histogram()).add(value, count);
		});
		return histograms;
	}

	private static BigDecimal days(double seconds) {
		return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(86_400), 1, RoundingMode.HALF_UP);
	}

}
