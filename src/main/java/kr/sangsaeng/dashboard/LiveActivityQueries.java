package kr.sangsaeng.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.shared.Won;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the source tables. Every query is restricted to the given programmes (so that the indexes on
 * {@code programme_code} serve it) or to a period.
 */
@Component
class LiveActivityQueries implements ActivityQueries {

	private static final String DECIDED = "('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED', "
			+ "'REJECTED')";

	private static final String SEOUL_WEEK = "(date_trunc('week', %s at time zone 'Asia/Seoul'))::date";

	private final JdbcClient jdbc;

	LiveActivityQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Map<ApplicationStatus, Long>> applicationsByStatus(Collection<String> programmes) {
		Map<String, Map<ApplicationStatus, Long>> counts = new HashMap<>();
		if (programmes.isEmpty()) {
			return counts;
		}
		// receipt_number is set on submission: a draft withdrawn before submitting has none
		jdbc.sql("select programme_code, status, count(*) from guarantee_application "
				+ "where programme_code in (:programmes) and status <> 'DRAFT' and receipt_number is not null "
				+ "group by programme_code, status")
			.param("programmes", programmes)
			.query((ResultSet row) -> {
				counts.computeIfAbsent(row.getString(1), code -> new EnumMap<>(ApplicationStatus.class))
					.put(ApplicationStatus.valueOf(row.getString(2)), row.getLong(3));
			});
		return counts;
	}

	@Override
	public Map<String, BigDecimal> medianDaysToDecision(Collection<String> programmes) {
		return medians("select programme_code, percentile_cont(0.5) within group "
				+ "(order by extract(epoch from decided_at - submitted_at)) from guarantee_application "
				+ "where programme_code in (:programmes) and status in " + DECIDED
				+ " and decided_at is not null and submitted_at is not null "
				+ "group by grouping sets ((programme_code), ())", programmes);
	}

	@Override
	public Map<String, BigDecimal> medianDaysToFirstDisbursement(Collection<String> programmes) {
		// the day the bank paid, not the moment it recorded the payment (banks may record days later); a reversed
		// payment was never made
		return medians("select l.programme_code, percentile_cont(0.5) within group "
				+ "(order by (f.first_on - (l.issued_at at time zone 'Asia/Seoul')::date) * 86400) from loan l "
				+ "join lateral (select min(d.disbursed_on) as first_on from disbursement d "
				+ "where d.application_id = l.application_id and d.kind = 'PAYMENT' "
				+ "and not exists (select 1 from disbursement r where r.reverses_id = d.id)) f on f.first_on is not null "
				+ "where l.programme_code in (:programmes) and l.first_disbursed_at is not null "
				+ "group by grouping sets ((l.programme_code), ())", programmes);
	}

	@Override
	public Map<String, Won> disbursedOfOpenGuarantees(Collection<String> programmes) {
		Map<String, Won> amounts = new HashMap<>();
		if (programmes.isEmpty()) {
			return amounts;
		}
		jdbc.sql("select p.code, coalesce(sum(r.consumed_won), 0) from programme p "
				+ "join capacity_reservation r on r.programme_id = p.id and r.released_at is null "
				+ "where p.code in (:programmes) group by p.code")
			.param("programmes", programmes)
			.query((ResultSet row) -> {
				amounts.put(row.getString(1), Won.of(row.getLong(2)));
			});
		return amounts;
	}

	@Override
	public Map<LocalDate, Long> applicationsSubmittedPerWeek(Collection<String> programmes, Instant since) {
		return perWeek("select " + SEOUL_WEEK.formatted("submitted_at") + ", count(*) from guarantee_application "
				+ "where programme_code in (:programmes) and status <> 'DRAFT' and submitted_at >= :since "
				+ "group by 1", programmes, since);
	}

	@Override
	public Map<LocalDate, Long> guaranteesIssuedPerWeek(Collection<String> programmes, Instant since) {
		return perWeek("select " + SEOUL_WEEK.formatted("issued_at") + ", count(*) from guarantee "
				+ "where programme_code in (:programmes) and issued_at >= :since group by 1", programmes, since);
	}

	@Override
	public Map<LocalDate, Long> netDisbursedPerWeek(Collection<String> programmes, LocalDate since) {
		Map<LocalDate, Long> weeks = new TreeMap<>();
		if (programmes.isEmpty()) {
			return weeks;
		}
		jdbc.sql("select (date_trunc('week', d.disbursed_on))::date, "
				+ "sum(case when d.kind = 'PAYMENT' then d.amount_won else -d.amount_won end) from disbursement d "
				+ "join loan l on l.application_id = d.application_id "
				+ "where l.programme_code in (:programmes) and d.disbursed_on >= :since group by 1")
			.param("programmes", programmes)
			.param("since", since)
			.query((ResultSet row) -> {
				weeks.put(row.getObject(1, LocalDate.class), row.getLong(2));
			});
		return weeks;
	}

	private Map<String, BigDecimal> medians(String sql, Collection<String> programmes) {
		Map<String, BigDecimal> medians = new HashMap<>();
		if (programmes.isEmpty()) {
			return medians;
		}
		jdbc.sql(sql).param("programmes", programmes).query((ResultSet row) -> {
			double seconds = row.getDouble(2);
			if (!row.wasNull()) {
				String code = row.getString(1);
				medians.put(code == null ? TOTAL : code,
						BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(86_400), 1, RoundingMode.HALF_UP));
			}
		});
		return medians;
	}

	private Map<LocalDate, Long> perWeek(String sql, Collection<String> programmes, Instant since) {
		Map<LocalDate, Long> weeks = new TreeMap<>();
		if (programmes.isEmpty()) {
			return weeks;
		}
		jdbc.sql(sql)
			.param("programmes", programmes)
			.param("since", Timestamp.from(since))
			.query((ResultSet row) -> {
				weeks.put(row.getObject(1, LocalDate.class), row.getLong(2));
			});
		return weeks;
	}

}
