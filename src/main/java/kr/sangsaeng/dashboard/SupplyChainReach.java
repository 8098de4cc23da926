package kr.sangsaeng.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kr.sangsaeng.program.Institutions;
import kr.sangsaeng.program.Institutions.Institution;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.Won;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far down the supply chain the money reaches: submitted applications, approvals and won by the partner tier the
 * applicant held with a funder (1, 2 or 3) when it applied, funder by funder. An application counts for the funder
 * whose list named the SME at its closest tier among the programme's funders, as the breakdowns by funder and tier
 * count it; drafts do not count; an approval is an application approved, whatever became of its loan since. Read as
 * of the last reckoning ({@link FigureReckoning}).
 */
@Service
public class SupplyChainReach {

	private static final String APPROVED_OR_LATER = Overview.APPROVED_OR_LATER.stream()
		.map(status -> "'" + status.name() + "'")
		.collect(Collectors.joining(", ", "(", ")"));

	private static final String RECKONING = "insert into reach_snapshot select a.programme_code, "
			+ "a.partner_funder_code, a.partner_tier, count(*), coalesce(sum(a.amount_won), 0), "
			+ "count(*) filter (where a.status in " + APPROVED_OR_LATER + "), "
			+ "coalesce(sum(a.approved_won) filter (where a.status in " + APPROVED_OR_LATER + "), 0) "
			+ "from guarantee_application a where a.status <> 'DRAFT' and a.partner_tier is not null group by 1, 2, 3";

	private static final String FIGURES = "select funder_code, tier, sum(applications), sum(requested_won)::bigint, "
			+ "sum(approvals), sum(approved_won)::bigint from reach_snapshot where ";

	private final Institutions institutions;

	private final JdbcClient jdbc;

	SupplyChainReach(Institutions institutions, JdbcClient jdbc) {
		this.institutions = institutions;
		this.jdbc = jdbc;
	}

	/**
	 * Every funder's reach in the programmes given, with zeros where nobody of a tier applied.
	 */
	@Transactional(readOnly = true)
	public List<FunderReach> of(List<ProgrammeSummary> programmes) {
		Map<String, Map<Integer, TierFigures>> counted = new HashMap<>();
		if (!programmes.isEmpty()) {
			jdbc.sql(FIGURES + "programme_code in (:programmes) group by 1, 2")
				.param("programmes", programmes.stream().map(programme -> programme.code().value()).toList())
				.query((row, number) -> Map.entry(row.getString(1), figures(row)))
				.list()
				.forEach(entry -> counted.computeIfAbsent(entry.getKey(), funder -> new HashMap<>())
					.put(entry.getValue().tier(), entry.getValue()));
		}
		return institutions.funders()
			.stream()
			.map(funder -> reach(funder, counted.getOrDefault(funder.code(), Map.of())))
			.toList();
	}

	/**
	 * One funder's reach, in every programme.
	 */
	@Transactional(readOnly = true)
	public FunderReach of(FunderCode funder) {
		Institution institution = institutions.funder(funder.value()).orElseThrow();
		Map<Integer, TierFigures> counted = new HashMap<>();
		jdbc.sql(FIGURES + "funder_code = :funder group by 1, 2")
			.param("funder", funder.value())
			.query((row, number) -> figures(row))
			.list()
			.forEach(figures -> counted.put(figures.tier(), figures));
		return reach(institution, counted);
	}

	/**
	 * Reckons every programme's figures into the snapshot the pages read. Joins the caller's transaction, which holds
	 * the reckoning's lock.
	 */
	@Transactional
	void reckon() {
		jdbc.sql("delete from reach_snapshot").update();
		jdbc.sql(RECKONING).update();
	}

	private static FunderReach reach(Institution funder, Map<Integer, TierFigures> counted) {
		List<TierFigures> tiers = new ArrayList<>();
		for (int tier = 1; tier <= 3; tier++) {
			tiers.add(counted.getOrDefault(tier, new TierFigures(tier, 0, Won.ZERO, 0, Won.ZERO)));
		}
		return new FunderReach(funder, List.copyOf(tiers));
	}

	private static TierFigures figures(ResultSet row) throws SQLException {
		return new TierFigures(row.getInt(2), row.getLong(3), Won.of(row.getLong(4)), row.getLong(5),
				Won.of(row.getLong(6)));
	}

	/**
	 * @param tiers tier 1, 2 and 3, in that order
	 */
	public record FunderReach(Institution funder, List<TierFigures> tiers) {

		/**
		 * The applications of tier-2 and tier-3 partners, of all.
		 */
		public long lowerTierApplications() {
			return tiers.get(1).applications() + tiers.get(2).applications();
		}

		public long applications() {
			return tiers.stream().mapToLong(TierFigures::applications).sum();
		}

	}

	/**
	 * @param requested what the applications asked for
	 * @param approved what the approvals guaranteed
	 */
	public record TierFigures(int tier, long applications, Won requested, long approvals, Won approved) {
	}

}
