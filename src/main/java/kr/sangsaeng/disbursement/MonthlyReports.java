package kr.sangsaeng.disbursement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Banks' monthly reports of their loans' balance and status, one per loan and month, and the outstanding guarantee
 * that follows from them. A REPAID report ends the loan as reporting it repaid does, a DEFAULTED report as
 * reporting it in default does.
 * <p>
 * Every method takes the bank asking; another bank's loan is reported as not found.
 */
@Service
@Transactional
public class MonthlyReports {

	/**
	 * The longest arrears a report may state: a hundred years, beyond which the number is a typing mistake.
	 */
	public static final int MOST_DAYS_IN_ARREARS = 36_500;

	private static final String COLUMNS = "id, application_id, report_month, balance_won, status, days_in_arrears, "
			+ "reported_by, channel, reported_at";

	/**
	 * What a report did: recorded it, or found the same report of the month already recorded.
	 */
	public record Outcome(MonthlyReport report, boolean recorded) {
	}

	/**
	 * What is still lent and guaranteed on a loan.
	 *
	 * @param balance the latest reported balance, what was paid out before any report, zero once repaid or cancelled
	 * @param guarantee the balance times the guarantee ratio
	 */
	public record Outstanding(Won balance, Won guarantee) {
	}

	private final JdbcClient jdbc;

	private final Loans loans;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MonthlyReports(JdbcClient jdbc, Loans loans, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.loans = loans;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records the loan's balance and status for {@code month}. The same report of a month again records nothing and
	 * returns the first; however many arrive at once, one is recorded.
	 *
	 * @throws MonthlyReportConflictException when the month was reported already with another balance or status
	 * @throws MonthlyReportRefusedException when a value is not possible for the loan, named by its field
	 * @throws LoanRuleException when the loan takes no reports: nothing paid out yet, or ended
	 */
	public Outcome report(BankCode bankCode, ApplicationId id, YearMonth month, Won balance, ReportedStatus status,
			Integer daysInArrears, Actor actor, DisbursementChannel channel) {
		Loan loan = loans.locked(bankCode, id);
		Optional<MonthlyReport> earlier = of(id, month);
		if (earlier.isPresent()) {
			if (earlier.get().says(balance, status, daysInArrears)) {
				return new Outcome(earlier.get(), false);
			}
			throw new MonthlyReportConflictException(earlier.get());
		}
		check(loan, month, balance, status, daysInArrears);
		long reportId = jdbc
			.sql("insert into loan_monthly_report (application_id, report_month, balance_won, status, days_in_arrears, "
					+ "reported_by, channel, reported_at) values (:loan, :month, :balance, :status, :days, :actor, "
					+ ":channel, :at) returning id")
			.param("loan", id.value())
			.param("month", month.toString())
			.param("balance", balance.value())
			.param("status", status.name())
			.param("days", daysInArrears)
			.param("actor", actor.name())
			.param("channel", channel.name())
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		events.publishEvent(new MonthlyReportRecorded(id, bankCode, month.toString(), balance, status, daysInArrears,
				channel.name(), actor.name()));
		if (status == ReportedStatus.REPAID) {
			loans.repaid(bankCode, id, actor);
		}
		else if (status == ReportedStatus.DEFAULTED) {
			loans.defaulted(bankCode, id, actor);
		}
		return new Outcome(find(reportId), true);
	}

	/**
	 * The loan's reports, latest month first.
	 */
	@Transactional(readOnly = true)
	public List<MonthlyReport> history(ApplicationId id) {
		return jdbc.sql("select " + COLUMNS + " from loan_monthly_report where application_id = :loan "
				+ "order by report_month desc")
			.param("loan", id.value())
			.query((row, number) -> report(row))
			.list();
	}

	@Transactional(readOnly = true)
	public Outstanding outstanding(Loan loan) {
		if (loan.status() == LoanStatus.REPAID || loan.status() == LoanStatus.CANCELLED) {
			return new Outstanding(Won.ZERO, Won.ZERO);
		}
		Won balance = jdbc.sql("select balance_won from loan_monthly_report where application_id = :loan "
				+ "order by report_month desc limit 1")
			.param("loan", loan.id().value())
			.query(Long.class)
			.optional()
			.map(Won::of)
			.orElse(loan.disbursed());
		return new Outstanding(balance, loan.guaranteeRatio().of(balance));
	}

	private void check(Loan loan, YearMonth month, Won balance, ReportedStatus status, Integer daysInArrears) {
		if (loan.status().isClosed()) {
			throw new LoanRuleException(null, "loan.report.rule.closed", loan.status().messageKey());
		}
		if (loan.firstDisbursedAt() == null || !loan.status().isPaidOut()) {
			throw new LoanRuleException(null, "loan.report.rule.notPaidOut");
		}
		YearMonth current = YearMonth.from(SeoulTime.today(clock));
		if (month.isAfter(current)) {
			throw new MonthlyReportRefusedException("month", "loan.report.rule.future", current.toString());
		}
		YearMonth first = YearMonth.from(loans.entries(loan.id())
			.stream()
			.filter(entry -> entry.isPayment() && !entry.isReversed())
			.map(DisbursementEntry::disbursedOn)
			.min(LocalDate::compareTo)
			.orElse(LocalDate.ofInstant(loan.firstDisbursedAt(), SeoulTime.ZONE)));
		if (month.isBefore(first)) {
			throw new MonthlyReportRefusedException("month", "loan.report.rule.beforeFirstPayment", first.toString());
		}
		if (balance.isGreaterThan(loan.disbursed())) {
			throw new MonthlyReportRefusedException("balanceWon", "loan.report.rule.aboveDisbursed", loan.disbursed());
		}
		if (status == ReportedStatus.REPAID && !balance.isZero()) {
			throw new MonthlyReportRefusedException("balanceWon", "loan.report.rule.repaidWithBalance");
		}
		if (status == ReportedStatus.ARREARS && daysInArrears == null) {
			throw new MonthlyReportRefusedException("daysInArrears", "loan.report.rule.daysRequired");
		}
		if (status != ReportedStatus.ARREARS && daysInArrears != null) {
			throw new MonthlyReportRefusedException("daysInArrears", "loan.report.rule.daysOnlyForArrears");
		}
		if (daysInArrears != null && (daysInArrears < 1 || daysInArrears > MOST_DAYS_IN_ARREARS)) {
			throw new MonthlyReportRefusedException("daysInArrears", "loan.report.rule.daysRange",
					MOST_DAYS_IN_ARREARS);
		}
	}

	private Optional<MonthlyReport> of(ApplicationId id, YearMonth month) {
		return jdbc.sql("select " + COLUMNS + " from loan_monthly_report where application_id = :loan "
				+ "and report_month = :month")
			.param("loan", id.value())
			.param("month", month.toString())
			.query((row, number) -> report(row))
			.optional();
	}

	private MonthlyReport find(long reportId) {
		return jdbc.sql("select " + COLUMNS + " from loan_monthly_report where id = :id")
			.param("id", reportId)
			.query((row, number) -> report(row))
			.single();
	}

	private static MonthlyReport report(ResultSet row) throws SQLException {
		return new MonthlyReport(row.getLong("id"), new ApplicationId(row.getLong("application_id")),
				YearMonth.parse(row.getString("report_month")), Won.of(row.getLong("balance_won")),
				ReportedStatus.valueOf(row.getString("status")), (Integer) row.getObject("days_in_arrears"),
				row.getString("reported_by"), DisbursementChannel.valueOf(row.getString("channel")),
				row.getTimestamp("reported_at").toInstant());
	}

}
