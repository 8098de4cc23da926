package kr.sangsaeng.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.company.RecommendationView;
import kr.sangsaeng.company.Recommendations;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.Contribution;
import kr.sangsaeng.program.Contributions;
import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A funder's own dashboard: what it contributed and what that backs, its suppliers' applications by status, how fast
 * they are approved and paid out, and the SMEs it recommended that have not applied yet. Its suppliers' applications
 * are those submitted by a company on its partner list for a programme it funds, and those carrying its
 * recommendation; nothing of another funder's is read.
 */
@Service
public class FunderDashboard {

	/** How many months, the current one included, the pace covers. */
	public static final int PACE_MONTHS = 6;

	private static final String SUPPLIERS = "a.status <> 'DRAFT' and (a.partner_funder_code = :funder or exists "
			+ "(select 1 from recommendation r where r.application_id = a.id and r.funder_code = :funder))";

	private static final String APPROVED_OR_LATER = "('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', "
			+ "'CANCELLED')";

	private final Contributions contributions;

	private final CapacityLedger ledger;

	private final Recommendations recommendations;

	private final JdbcClient jdbc;

	private final Clock clock;

	FunderDashboard(Contributions contributions, CapacityLedger ledger, Recommendations recommendations, JdbcClient jdbc,
			Clock clock) {
		this.contributions = contributions;
		this.ledger = ledger;
		this.recommendations = recommendations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public FunderView of(FunderCode funder) {
		LocalDate today = SeoulTime.today(clock);
		List<Contribution> paid = contributions.of(funder);
		Map<AgreementCode, Won> byAgreement = new LinkedHashMap<>();
		paid.forEach(contribution -> byAgreement.merge(contribution.agreement(), contribution.amount(), Won::plus));
		List<FunderView.Backing> backing = byAgreement.entrySet()
			.stream()
			.map(entry -> new FunderView.Backing(entry.getKey(), entry.getValue(), ledger.position(entry.getKey())))
			.toList();
		List<RecommendationView> waiting = recommendations.of(funder)
			.stream()
			.filter(recommendation -> !recommendation.withdrawn() && !recommendation.expiredOn(today)
					&& recommendation.applicationId() == null)
			.toList();
		return new FunderView(paid, backing, byStatus(funder), pace(funder, YearMonth.from(today)), waiting);
	}

	private List<FunderView.StatusCount> byStatus(FunderCode funder) {
		Map<ApplicationStatus, FunderView.StatusCount> counted = new HashMap<>();
		jdbc.sql("select a.status, count(*), coalesce(sum(a.amount_won), 0), coalesce(sum(a.approved_won), 0) "
				+ "from guarantee_application a where " + SUPPLIERS + " group by a.status")
			.param("funder", funder.value())
			.query((row, number) -> new FunderView.StatusCount(ApplicationStatus.valueOf(row.getString(1)),
					row.getLong(2), Won.of(row.getLong(3)), Won.of(row.getLong(4))))
			.list()
			.forEach(count -> counted.put(count.status(), count));
		return Arrays.stream(ApplicationStatus.values()).map(counted::get).filter(count -> count != null).toList();
	}

	private List<FunderView.MonthPace> pace(FunderCode funder, YearMonth current) {
		YearMonth first = current.minusMonths(PACE_MONTHS - 1L);
		LocalDate start = first.atDay(1);
		Map<YearMonth, Won> approved = new HashMap<>();
		jdbc.sql("select to_char(a.decided_at at time zone 'Asia/Seoul', 'YYYY-MM'), sum(a.approved_won) "
				+ "from guarantee_application a where " + SUPPLIERS + " and a.status in " + APPROVED_OR_LATER
				+ " and a.decided_at >= :start group by 1")
			.param("funder", funder.value())
			.param("start", Timestamp.from(start.atStartOfDay(SeoulTime.ZONE).toInstant()))
			.query((row, number) -> Map.entry(YearMonth.parse(row.getString(1)), Won.of(row.getLong(2))))
			.list()
			.forEach(entry -> approved.put(entry.getKey(), entry.getValue()));
		// payments the bank made and did not reverse, on the day it paid
		Map<YearMonth, Won> disbursed = new HashMap<>();
		jdbc.sql("select to_char(d.disbursed_on, 'YYYY-MM'), sum(d.amount_won) from disbursement d "
				+ "join guarantee_application a on a.id = d.application_id where " + SUPPLIERS
				+ " and d.kind = 'PAYMENT' and d.disbursed_on >= :start "
				+ "and not exists (select 1 from disbursement r where r.reverses_id = d.id) group by 1")
			.param("funder", funder.value())
			.param("start", Date.valueOf(start))
			.query((row, number) -> Map.entry(YearMonth.parse(row.getString(1)), Won.of(row.getLong(2))))
			.list()
			.forEach(entry -> disbursed.put(entry.getKey(), entry.getValue()));
		List<FunderView.MonthPace> months = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
			months.add(new FunderView.MonthPace(month, approved.getOrDefault(month, Won.ZERO),
					disbursed.getOrDefault(month, Won.ZERO)));
		}
		return List.copyOf(months);
	}

}
