package kr.sangsaeng.dashboard;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ministry's figures that follow the money ({@link MoneyTrail}): special contributions, the guarantees and loans
 * they back, the fees waived and interest saved, the guarantees outstanding, the pots' run-out and where the
 * approved amounts went. One statement reads every agreement of the given programmes.
 */
@Service
@Transactional(readOnly = true)
public class MoneyFigures {

	private static final String RECKONING = """
			insert into money_snapshot
			with ag as (
			  select a.id, a.code, a.fee_support_won, a.fee_support_drawn_won, a.interest_subsidy_won,
			         a.interest_subsidy_drawn_won
			  from agreement a),
			special as (
			  select c.agreement_id, sum(c.amount_won) as won from agreement_contribution c join ag on ag.id = c.agreement_id
			  where c.kind = 'SPECIAL' group by c.agreement_id),
			issued as (
			  select ga.agreement_code, g.application_id, g.loan_won, g.guaranteed_won, g.valid_from, g.valid_until,
			         ga.region in (:capital) as in_capital,
			         ex.organisation_id is not null as exporter,
			         case when l.application_id is null or l.status in ('REPAID', 'CANCELLED') then 0
			              else floor(coalesce(r.balance_won, l.disbursed_won) * g.guarantee_ratio_percent / 100) end
			           as outstanding,
			         l.application_id is not null and l.status not in ('REPAID', 'CANCELLED') and r.balance_won is null
			           and l.disbursed_won > 0 as unreported
			  from guarantee g join guarantee_application ga on ga.id = g.application_id
			  left join loan l on l.application_id = g.application_id
			  left join (select distinct on (m.application_id) m.application_id, m.balance_won from loan_monthly_report m
			             order by m.application_id, m.report_month desc) r on r.application_id = g.application_id
			  left join (select cp.organisation_id from company_profile cp where cp.exporter) ex
			    on ex.organisation_id = ga.organisation_id
			  where ga.agreement_code in (select code from ag)),
			guarantees as (
			  select agreement_code, sum(guaranteed_won) as guaranteed, sum(loan_won) as loans, sum(outstanding) as outstanding,
			         count(*) filter (where unreported) as unreported,
			         coalesce(sum(loan_won) filter (where not in_capital), 0) as outside_capital,
			         coalesce(sum(loan_won) filter (where exporter), 0) as exporters
			  from issued group by agreement_code),
			draws as (
			  select d.agreement_id, d.pot, sum(d.drawn_won) as drawn,
			         sum(case when i.valid_from is null or :today <= i.valid_from then 0
			                  else floor(d.drawn_won * (least(:today, i.valid_until) - i.valid_from)::numeric
			                             / (i.valid_until - i.valid_from)) end) as to_date,
			         coalesce(sum(d.drawn_won) filter (where (d.drawn_at at time zone 'Asia/Seoul')::date >= :paceFrom), 0)
			           as recent,
			         min((d.drawn_at at time zone 'Asia/Seoul')::date) as first_on
			  from pot_draw d join ag on ag.id = d.agreement_id
			  left join guarantee i on i.application_id = d.application_id
			  where d.granted group by d.agreement_id, d.pot)
			select ag.code, :today, coalesce(s.won, 0), coalesce(g.guaranteed, 0), coalesce(g.loans, 0),
			       coalesce(f.to_date, 0), coalesce(f.drawn, 0), coalesce(i.to_date, 0), coalesce(i.drawn, 0),
			       coalesce(g.outstanding, 0), coalesce(g.unreported, 0), coalesce(g.outside_capital, 0),
			       coalesce(g.exporters, 0),
			       ag.fee_support_won, ag.fee_support_drawn_won, coalesce(f.recent, 0), f.first_on,
			       ag.interest_subsidy_won, ag.interest_subsidy_drawn_won, coalesce(i.recent, 0), i.first_on
			from ag
			left join special s on s.agreement_id = ag.id
			left join guarantees g on g.agreement_code = ag.code
			left join draws f on f.agreement_id = ag.id and f.pot = 'FEE_SUPPORT'
			left join draws i on i.agreement_id = ag.id and i.pot = 'INTEREST_SUBSIDY'
			""";

	private static final String SNAPSHOT = """
			select agreement_code, contributed_won, guaranteed_won, loans_won, fee_waived_to_date_won, fee_waived_won,
			       interest_saved_to_date_won, interest_saved_won, outstanding_guarantee_won, loans_without_report,
			       outside_capital_won, exporters_won, fee_support_won, fee_support_drawn_won, fee_support_recent_won,
			       fee_support_first_on, interest_subsidy_won, interest_subsidy_drawn_won, interest_subsidy_recent_won,
			       interest_subsidy_first_on, reckoned_on
			from money_snapshot where agreement_code in (:agreements)
			""";

	private final ProgrammeCatalogue catalogue;

	private final JdbcClient jdbc;

	private final Clock clock;

	MoneyFigures(ProgrammeCatalogue catalogue, JdbcClient jdbc, Clock clock) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Every published programme.
	 */
	public MoneyTrail current() {
		return current(catalogue.published());
	}

	/**
	 * The given programmes only (those a reader may see), the total being theirs, as of the last reckoning
	 * ({@link FigureReckoning}); an agreement reckoned for the first time since it was made reads as nothing yet.
	 */
	public MoneyTrail current(List<ProgrammeSummary> programmes) {
		Map<String, MoneyTrail.AgreementMoney> figures = new HashMap<>();
		LocalDate reckonedOn = null;
		List<String> codes = programmes.stream()
			.flatMap(programme -> programme.agreements().stream())
			.map(agreement -> agreement.code().value())
			.toList();
		if (!codes.isEmpty()) {
			for (Map.Entry<LocalDate, MoneyTrail.AgreementMoney> read : jdbc.sql(SNAPSHOT)
				.param("agreements", codes)
				.query((row, number) -> {
					LocalDate on = date(row, 21);
					return Map.entry(on, agreement(row, on));
				})
				.list()) {
				figures.put(read.getValue().code(), read.getValue());
				reckonedOn = reckonedOn == null || read.getKey().isAfter(reckonedOn) ? read.getKey() : reckonedOn;
			}
		}
		LocalDate today = reckonedOn == null ? SeoulTime.today(clock) : reckonedOn;
		List<MoneyTrail.Programme> rows = new ArrayList<>();
		MoneyTrail.Money total = MoneyTrail.Money.NONE;
		for (ProgrammeSummary programme : programmes) {
			List<MoneyTrail.AgreementMoney> agreements = new ArrayList<>();
			MoneyTrail.Money sum = MoneyTrail.Money.NONE;
			for (Agreement agreement : programme.agreements()) {
				MoneyTrail.AgreementMoney read = figures.get(agreement.code().value());
				MoneyTrail.AgreementMoney money = new MoneyTrail.AgreementMoney(agreement.code().value(),
						agreement.agency().code().replace("-", ""), agreement.agency().name(),
						read == null ? MoneyTrail.Money.NONE : read.money(),
						read == null ? MoneyTrail.PotForecast.of(Won.ZERO, Won.ZERO, Won.ZERO, null, today)
								: read.feeSupport(),
						read == null ? MoneyTrail.PotForecast.of(Won.ZERO, Won.ZERO, Won.ZERO, null, today)
								: read.interestSubsidy());
				agreements.add(money);
				sum = sum.plus(money.money());
			}
			rows.add(new MoneyTrail.Programme(programme.code().value(), programme.name(), agreements, sum));
			total = total.plus(sum);
		}
		return new MoneyTrail(today, rows, total);
	}

	/**
	 * Reckons every agreement's figures as of today into the snapshot the pages read. Joins the caller's
	 * transaction, which holds the reckoning's lock.
	 */
	@Transactional
	void reckon() {
		LocalDate today = SeoulTime.today(clock);
		jdbc.sql("delete from money_snapshot").update();
		jdbc.sql(RECKONING)
			.param("capital", MoneyTrail.CAPITAL_REGIONS)
			.param("today", Date.valueOf(today))
			.param("paceFrom", Date.valueOf(today.minusDays(MoneyTrail.PACE_DAYS - 1)))
			.update();
	}

	private static MoneyTrail.AgreementMoney agreement(ResultSet row, LocalDate today) throws SQLException {
		MoneyTrail.Money money = new MoneyTrail.Money(won(row, 2), won(row, 3), won(row, 4), won(row, 5),
				won(row, 6), won(row, 7), won(row, 8), won(row, 9), row.getLong(10), won(row, 11), won(row, 12));
		MoneyTrail.PotForecast fee = MoneyTrail.PotForecast.of(won(row, 13), won(row, 14), won(row, 15),
				date(row, 16), today);
		MoneyTrail.PotForecast interest = MoneyTrail.PotForecast.of(won(row, 17), won(row, 18), won(row, 19),
				date(row, 20), today);
		return new MoneyTrail.AgreementMoney(row.getString(1), null, null, money, fee, interest);
	}

	private static Won won(ResultSet row, int column) throws SQLException {
		return Won.of(row.getLong(column));
	}

	private static LocalDate date(ResultSet row, int column) throws SQLException {
		Date date = row.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

}
