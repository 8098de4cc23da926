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
 * since they began: every loan guaranteed and not cancelled counts, whatever the period. Read straight from the
 * disbursement module's {@code loan} and {@code loan_claim} tables, so the counts are exact.
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
		return rows("a.agreement_code", programmes);
	}

	public List<Row> byBank(List<ProgrammeSummary> programmes) {
		return rows("l.bank_code", programmes);
	}

	private List<Row> rows(String grouping, List<ProgrammeSummary> programmes) {
		if (programmes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + grouping + " as grp, count(*) as loans, "
				+ "coalesce(sum(floor(l.approved_won * l.guarantee_ratio_percent / 100)), 0)::bigint as guaranteed, "
				+ "count(*) filter (where l.status = 'DEFAULTED') as defaulted, count(c.id) as claims, "
				+ "coalesce(sum(c.paid_won), 0)::bigint as paid from loan l "
				+ "join guarantee_application a on a.id = l.application_id "
				+ "left join loan_claim c on c.application_id = l.application_id and c.status = 'PAID' "
				+ "where l.programme_code in (:programmes) and l.status <> 'CANCELLED' group by " + grouping
				+ " order by " + grouping)
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
