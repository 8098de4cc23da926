package kr.sangsaeng.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.Won;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims paid on defaulted loans and the claim rate, per agreement and per bank, over the loans of some programmes
 * since they began: every loan guaranteed and not cancelled counts, whatever the period. Reckoned from the
 * disbursement module's {@code loan} and {@code loan_claim} tables every few minutes ({@link FigureReckoning}) and
 * read as of the last reckoning.
 */
@Service
@Transactional(readOnly = true)
public class ClaimFigures {

	/**
	 * One agreement's or bank's loans and claims.
	 *
	 * @param group the agreement's or the bank's code
	 * @param guaranteed each loan's approved amount times its guarantee ratio, added up
	 * @param paid what the agencies paid on claims
	 * @param claimRate {@code paid} as a percentage of {@code guaranteed}, two decimals; {@code null} with nothing
	 * guaranteed
	 */
	public record Row(String group, long guaranteedLoans, Won guaranteed, long defaultedLoans, long claimsPaid,
			Won paid, BigDecimal claimRate) {
	}

	private final JdbcClient jdbc;

	ClaimFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Row> byAgreement(List<ProgrammeSummary> programmes) {
		return rows("agreement_code", programmes);
	}

	public List<Row> byBank(List<ProgrammeSummary> programmes) {
		return rows("bank_code", programmes);
	}

	/**
	 * Reckons the figures of every programme's loans into the snapshot the pages read, one row per programme,
	 * agreement and bank. Joins the caller's transaction, which holds the reckoning's lock.
	 */
	@Transactional
	void reckon() {
		jdbc.sql("delete from claim_snapshot").update();
		jdbc.sql("insert into claim_snapshot select l.programme_code, a.agreement_code, l.bank_code, count(*), "
				+ "coalesce(sum(floor(l.approved_won * l.guarantee_ratio_percent / 100)), 0)::bigint, "
				+ "count(*) filter (where l.status = 'DEFAULTED'), count(c.id), coalesce(sum(c.paid_won), 0)::bigint "
				+ "from loan l join guarantee_application a on a.id = l.application_id "
				+ "left join loan_claim c on c.application_id = l.application_id and c.status = 'PAID' "
				+ "where l.status <> 'CANCELLED' group by 1, 2, 3")
			.update();
	}

	private List<Row> rows(String grouping, List<ProgrammeSummary> programmes) {
		if (programmes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + grouping + " as grp, sum(loans) as loans, sum(guaranteed_won)::bigint as guaranteed, "
				+ "sum(defaulted_loans) as defaulted, sum(claims_paid) as claims, sum(paid_won)::bigint as paid "
				+ "from claim_snapshot where programme_code in (:programmes) group by " + grouping + " order by "
				+ grouping)
			.param("programmes", programmes.stream().map(programme -> programme.code().value()).toList())
			.query((row, number) -> {
				long guaranteed = row.getLong("guaranteed");
				long paid = row.getLong("paid");
				return new Row(row.getString("grp"), row.getLong("loans"), Won.of(guaranteed),
						row.getLong("defaulted"), row.getLong("claims"), Won.of(paid), guaranteed == 0 ? null
								: BigDecimal.valueOf(paid * 100).divide(BigDecimal.valueOf(guaranteed), 2,
										RoundingMode.HALF_UP));
			})
			.list();
	}

}
