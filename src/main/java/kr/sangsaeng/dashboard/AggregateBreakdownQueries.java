package kr.sangsaeng.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the breakdowns and the index inputs from the counts the database keeps per programme, Korean month and group
 * with every change ({@code R__dashboard_counting.sql}): the same figures as {@link LiveBreakdownQueries}. Distinct
 * SMEs cannot be added up across months: they are read from counts per SME and month.
 */
@Primary
@Component
class AggregateBreakdownQueries implements BreakdownQueries {

	/** The lead agency of each programme (the first named where none leads). */
	private static final String LEAD_AGENCY = "lead as (select distinct on (p.code) p.code, pa.agency_code "
			+ "from programme p join programme_agency pa on pa.programme_id = p.id where p.code in (:programmes) "
			+ "order by p.code, pa.lead desc, pa.agency_code)";

	/** Where {@link #companiesBy} keeps the count of all groups together. */
	private static final String TOTAL = "\u0000total";

	private final JdbcClient jdbc;

	AggregateBreakdownQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public GroupCounts countBy(Breakdown by, Collection<String> programmes, Period period) {
		if (programmes.isEmpty()) {
			return new GroupCounts(List.of(), Counts.NONE);
		}
		String key = by == Breakdown.AGENCY ? "coalesce(nullif(b.group_key, ''), lead.agency_code)"
				: "nullif(b.group_key, '')";
		StringBuilder sql = new StringBuilder();
		if (by == Breakdown.AGENCY) {
			sql.append("with ").append(LEAD_AGENCY).append(' ');
		}
		sql.append("select ")
			.append(key)
			.append(", grouping(")
			.append(key)
			.append("), sum(b.applications), sum(b.approved), sum(b.rejected), sum(b.approved_won), ")
			.append("sum(b.disbursed_won) from breakdown_count b ");
		if (by == Breakdown.AGENCY) {
			sql.append("left join lead on lead.code = b.programme_code ");
		}
		sql.append("where b.breakdown = :by and b.programme_code in (:programmes)");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("by", by.name());
		parameters.put("programmes", programmes);
		inMonths(period, "b.submitted_month", sql, parameters);
		sql.append(" group by grouping sets ((").append(key).append("), ()) having sum(b.applications) <> 0");

		Map<String, Long> companies = companiesInMonths(by.name(), programmes, period);
		List<Group> groups = new ArrayList<>();
		Counts[] total = { Counts.NONE };
		jdbc.sql(sql.toString()).params(parameters).query((ResultSet row) -> {
			String group = row.getString(1);
			boolean isTotal = row.getInt(2) == 1;
			Counts counts = new Counts(row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7),
					companies.getOrDefault(isTotal ? TOTAL : String.valueOf(group), 0L));
			if (isTotal) {
				total[0] = counts;
			}
			else {
				groups.add(new Group(group, counts));
			}
		});
		return new GroupCounts(List.copyOf(groups), total[0]);
	}

	/**
	 * Distinct SMEs per group and in all in a period, keyed by the group's code ({@code "null"} for the unknown
	 * group): for one programme or all of them together, each SME in the rows of its first active month in the
	 * period; for other sets of programmes over each SME's rows per month.
	 */
	private Map<String, Long> companiesInMonths(String breakdown, Collection<String> programmes, Period period) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("by", breakdown);
		parameters.put("programmes", programmes);
		Map<String, Long> companies = new HashMap<>();
		String level = reachLevel(breakdown, programmes);
		if (level != null) {
			StringBuilder sql = new StringBuilder("select c.breakdown, nullif(c.group_key, ''), sum(c.companies) "
					+ "from company_reach c where c.breakdown in (:by, 'ANY') and c.programme_code = :level");
			parameters.put("level", level);
			if (period.from() == null) {
				sql.append(" and c.previous_month = '-infinity'");
			}
			else {
				sql.append(" and c.month >= :from and c.previous_month < :from");
				parameters.put("from", period.firstDay());
			}
			if (period.to() != null) {
				sql.append(" and c.month <= :to");
				parameters.put("to", period.lastDay());
			}
			sql.append(" group by 1, 2 having sum(c.companies) <> 0");
			jdbc.sql(sql.toString()).params(parameters).query((ResultSet row) -> {
				companies.put(row.getString(1).equals("ANY") ? TOTAL : String.valueOf(row.getString(2)), row.getLong(3));
			});
			return companies;
		}
		StringBuilder sql = new StringBuilder("select nullif(c.group_key, ''), grouping(nullif(c.group_key, '')), "
				+ "count(distinct c.business_number) from company_count c "
				+ "where c.breakdown = :by and c.programme_code in (:programmes) and c.applications > 0");
		inMonths(period, "c.month", sql, parameters);
		sql.append(" group by grouping sets ((nullif(c.group_key, '')), ())");
		jdbc.sql(sql.toString()).params(parameters).query((ResultSet row) -> {
			String group = row.getString(1);
			companies.put(row.getInt(2) == 1 ? TOTAL : String.valueOf(group), row.getLong(3));
		});
		return companies;
	}

	/**
	 * The programme whose SMEs {@code company_reach} counts as these programmes', {@code *} when they include every
	 * programme that has any in the breakdown; {@code null} when it counts none such.
	 */
	private String reachLevel(String breakdown, Collection<String> programmes) {
		if (programmes.size() == 1) {
			return programmes.iterator().next();
		}
		List<String> applied = jdbc.sql("select programme_code from company_reach "
				+ "where breakdown in (:by, 'ANY') and programme_code <> '*' group by 1 having sum(companies) <> 0")
			.param("by", breakdown)
			.query(String.class)
			.list();
		return programmes.containsAll(applied) ? "*" : null;
	}

	@Override
	public List<LenderCounts> lenders(Collection<String> programmes, Period period) {
		if (programmes.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programmes", programmes);
		StringBuilder medianSql = new StringBuilder("select bank_code, days, sum(loans) from "
				+ (period.isOpen() ? "first_payment_total" : "first_payment_days") + " where programme_code in (:programmes)");
		inMonths(period, "issued_month", medianSql, parameters);
		medianSql.append(" group by 1, 2 having sum(loans) <> 0");
		Map<String, Histogram> firstPayments = new HashMap<>();
		jdbc.sql(medianSql.toString()).params(parameters).query((ResultSet row) -> {
			firstPayments.computeIfAbsent(row.getString(1), bank -> new Histogram()).add(row.getLong(2), row.getLong(3));
		});

		Map<String, Long> companies = companiesInMonths("LENDER", programmes, period);

		StringBuilder sql = new StringBuilder("select bank_code, sum(loans), sum(approved_won), sum(disbursed_won), "
				+ "sum(lower_tier_loans) from lender_count where programme_code in (:programmes)");
		inMonths(period, "issued_month", sql, parameters);
		sql.append(" group by bank_code having sum(loans) <> 0");
		return jdbc.sql(sql.toString()).params(parameters).query((ResultSet row, int number) -> {
			String bank = row.getString(1);
			Histogram days = firstPayments.get(bank);
			BigDecimal median = days == null ? null
					: BigDecimal.valueOf(days.median((value, offset) -> value)).setScale(1, RoundingMode.HALF_UP);
			return new LenderCounts(bank, row.getLong(2), row.getLong(3), row.getLong(4),
					companies.getOrDefault(bank, 0L), row.getLong(5), median);
		}).list();
	}

	/**
	 * Keeps the rows of the period's months, by a column that holds the first day of a month.
	 */
	private static void inMonths(Period period, String column, StringBuilder sql, Map<String, Object> parameters) {
		if (period.from() != null) {
			sql.append(" and ").append(column).append(" >= :from");
			parameters.put("from", period.firstDay());
		}
		if (period.to() != null) {
			sql.append(" and ").append(column).append(" <= :to");
			parameters.put("to", period.lastDay());
		}
	}

}
