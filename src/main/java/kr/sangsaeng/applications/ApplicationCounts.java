package kr.sangsaeng.applications;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ApplicationsAwaitingDecision;
import kr.sangsaeng.program.ApplicationsOfAgreements;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.Won;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many submitted applications each programme has in each status, and the amounts they request: read from the
 * counters that the database keeps with every change ({@code V17__submitted_application_counts.sql}), so they
 * are exact at once and cost the same at a thousand applications as at a million.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationCounts implements ApplicationsAwaitingDecision, ApplicationsOfAgreements {

	private static final List<String> AWAITING_AGENCY = Arrays.stream(ApplicationStatus.values())
		.filter(ApplicationStatus::awaitsAgency)
		.map(ApplicationStatus::name)
		.toList();

	private final JdbcClient jdbc;

	ApplicationCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The submitted applications of one programme in one status.
	 *
	 * @param requested the sum of the amounts they request
	 */
	public record StatusCount(ProgrammeCode programmeCode, ApplicationStatus status, long applications, Won requested) {
	}

	/**
	 * How many submitted applications of these programmes are in each status; statuses without any are left out.
	 */
	public Map<ApplicationStatus, Long> byStatus(Collection<ProgrammeCode> programmes) {
		Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
		for (StatusCount count : byProgrammeAndStatus(programmes)) {
			counts.merge(count.status(), count.applications(), Long::sum);
		}
		return counts;
	}

	/**
	 * The counts of each of these programmes in each status; statuses without any application are left out.
	 */
	public List<StatusCount> byProgrammeAndStatus(Collection<ProgrammeCode> programmes) {
		if (programmes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select programme_code, status, sum(applications), sum(requested_won) "
				+ "from submitted_application_count where programme_code in (:programmes) group by programme_code, status "
				+ "having sum(applications) <> 0 order by programme_code, status")
			.param("programmes", programmes.stream().map(ProgrammeCode::value).toList())
			.query((row, number) -> new StatusCount(new ProgrammeCode(row.getString(1)), ApplicationStatus.valueOf(row.getString(2)),
					row.getLong(3), Won.of(row.getLong(4))))
			.list();
	}

	/**
	 * How many submitted applications of these agreements are in each status; statuses without any are left out.
	 */
	public Map<ApplicationStatus, Long> byStatusOfAgreements(Collection<AgreementCode> agreements) {
		Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
		if (agreements.isEmpty()) {
			return counts;
		}
		jdbc.sql("select status, sum(applications) from submitted_application_count "
				+ "where agreement_code = any(:agreements) group by status having sum(applications) <> 0")
			.param("agreements", agreements.stream().map(AgreementCode::value).toArray(String[]::new))
			.query((row, number) -> counts.put(ApplicationStatus.valueOf(row.getString(1)), row.getLong(2)))
			.list();
		return counts;
	}

	@Override
	public boolean anyRoutedTo(AgreementCode agreement) {
		return jdbc.sql("select exists (select 1 from guarantee_application where agreement_code = :agreement)")
			.param("agreement", agreement.value())
			.query(Boolean.class)
			.single();
	}

	@Override
	public Won requested(ProgrammeCode programme) {
		return Won.of(jdbc
			.sql("select coalesce(sum(requested_won), 0) from submitted_application_count "
					+ "where programme_code = :programme and status in (:awaiting)")
			.param("programme", programme.value())
			.param("awaiting", AWAITING_AGENCY)
			.query(Long.class)
			.single());
	}

	/**
	 * Folds the rows that changes appended into one row per programme and status, so that reading stays quick.
	 * Safe alongside changes and alongside another instance folding at the same time: each takes only the rows
	 * it sees, and the sums stay the same.
	 */
	@Transactional
	public int fold() {
		return jdbc.sql("with folded as (delete from submitted_application_count "
				+ "returning programme_code, agreement_code, status, applications, requested_won) "
				+ "insert into submitted_application_count (programme_code, agreement_code, status, applications, "
				+ "requested_won) select programme_code, agreement_code, status, sum(applications), sum(requested_won) "
				+ "from folded group by programme_code, agreement_code, status having sum(applications) <> 0")
			.update();
	}

}
