package kr.sangsaeng.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the source tables, one query per breakdown. Every query is restricted to the given programmes and reads
 * the applications through the index on {@code (programme_code, submitted_at)}; loans are joined by their key.
 */
@Component
class LiveBreakdownQueries implements BreakdownQueries {

	private static final String APPROVED_OR_LATER = "('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', "
			+ "'CANCELLED')";

	/** The lead agency of each programme (the first named where none leads). */
	private static final String LEAD_AGENCY = "lead as (select distinct on (p.code) p.code, pa.agency_code "
			+ "from programme p join programme_agency pa on pa.programme_id = p.id where p.code in (:programmes) "
			+ "order by p.code, pa.lead desc, pa.agency_code)";

	private final JdbcClient jdbc;

	LiveBreakdownQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public GroupCounts countBy(Breakdown by, Collection<String> programmes, Period period) {
		if (programmes.isEmpty()) {
			return new GroupCounts(List.of(), Counts.NONE);
		}
		String key = keyOf(by);
		StringBuilder sql = new StringBuilder();
		if (by == Breakdown.AGENCY) {
			sql.append("with ").append(LEAD_AGENCY).append(' ');
		}
		sql.append("select ")
			.append(key)
			.append(", grouping(")
			.append(key)
			.append("), count(*), count(*) filter (where a.status in ")
			.append(APPROVED_OR_LATER)
			.append("), count(*) filter (where a.status = 'REJECTED'), coalesce(sum(l.approved_won), 0), ")
			.append("coalesce(sum(l.disbursed_won), 0), count(distinct a.business_number) ")
			.append("from guarantee_application a left join loan l on l.application_id = a.id ");
		if (by == Breakdown.AGENCY) {
			sql.append("left join lead on lead.code = a.programme_code left join agreement ag on ag.code = a.agreement_code ");
		}
		sql.append("where a.programme_code in (:programmes) and a.status <> 'DRAFT' and a.receipt_number is not null");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programmes", programmes);
		within(period, "a.submitted_at", sql, parameters);
		sql.append(" group by grouping sets ((").append(key).append("), ())");

		List<Group> groups = new ArrayList<>();
		Counts[] total = { Counts.NONE };
		jdbc.sql(sql.toString()).params(parameters).query((ResultSet row) -> {
			Counts counts = new Counts(row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7),
					row.getLong(8));
			if (row.getInt(2) == 1) {
				total[0] = counts;
			}
			else {
				groups.add(new Group(row.getString(1), counts));
			}
		});
		return new GroupCounts(List.copyOf(groups), total[0]);
	}

	@Override
	public List<LenderCounts> lenders(Collection<String> programmes, Period period) {
		if (programmes.isEmpty()) {
			return List.of();
		}
		// the day the bank paid, and only payments that were not reversed, as on the overview
		StringBuilder sql = new StringBuilder("select l.bank_code, count(*), "
				+ "coalesce(sum(l.approved_won) filter (where l.status <> 'CANCELLED'), 0), "
				+ "coalesce(sum(l.disbursed_won) filter (where l.status <> 'CANCELLED'), 0), "
				+ "count(distinct l.business_number), count(*) filter (where a.partner_tier >= 2), "
				+ "percentile_cont(0.5) within group (order by f.first_on - (l.issued_at at time zone 'Asia/Seoul')::date) "
				+ "from loan l join guarantee_application a on a.id = l.application_id "
				+ "left join lateral (select min(d.disbursed_on) as first_on from disbursement d "
				+ "where d.application_id = l.application_id and d.kind = 'PAYMENT' "
				+ "and not exists (select 1 from disbursement r where r.reverses_id = d.id)) f on true "
				+ "where l.programme_code in (:programmes)");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programmes", programmes);
		within(period, "l.issued_at", sql, parameters);
		sql.append(" group by l.bank_code");
		return jdbc.sql(sql.toString()).params(parameters).query((ResultSet row, int number) -> {
			double days = row.getDouble(7);
			BigDecimal median = row.wasNull() ? null : BigDecimal.valueOf(days).setScale(1, RoundingMode.HALF_UP);
			return new LenderCounts(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5),
					row.getLong(6), median);
		}).list();
	}

	private static String keyOf(Breakdown by) {
		return switch (by) {
			// the guarantee's agency, else the agreement's the application is routed to
			case AGENCY -> "coalesce(l.agency_code, ag.agency_code, lead.agency_code)";
			case BANK -> "a.bank_code";
			case FUNDER -> "a.partner_funder_code";
			case REGION -> "a.region";
			case INDUSTRY -> "a.industry_section";
			case SIZE -> CompanySize.sqlOf("a.employees");
			case TIER -> "a.partner_tier::text";
		};
	}

	private static void within(Period period, String column, StringBuilder sql, Map<String, Object> parameters) {
		if (period.start() != null) {
			sql.append(" and ").append(column).append(" >= :start");
			parameters.put("start", Timestamp.from(period.start()));
		}
		if (period.end() != null) {
			sql.append(" and ").append(column).append(" < :end");
			parameters.put("end", Timestamp.from(period.end()));
		}
	}

}
