package kr.sangsaeng.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.CertificateDeliveries;
import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.disbursement.DisbursementChannel;
import kr.sangsaeng.disbursement.DisbursementEntry;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code recount_dashboard()}, which counts everything anew after a bulk load with the triggers disabled, writes the
 * counts the triggers kept change by change.
 */
@SangsaengTest
class DashboardRecountTests {

	private static final Won FOUR_EYES_THRESHOLD = Won.of(400_000_000);

	@Autowired
	ApplicationContext context;

	@Autowired
	CertificateDeliveries deliveries;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	Loans loans;

	@Autowired
	Accounts accounts;

	@Autowired
	DashboardAggregates aggregates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void countingAnewAfterAMixOfChangesGivesTheCountsTheTriggersKept() {
		DashboardFixtures fixtures = new DashboardFixtures(context);
		ProgrammeCode programme = fixtures.programme("재집계 시험", List.of("WOORI", "KB"), List.of("HYUNDAI", "KIA"),
				FOUR_EYES_THRESHOLD);

		Applicant repaying = fixtures.sme(new DashboardFixtures.Sme("SEOUL", "C", 5, "HYUNDAI", 1));
		ApplicationId repaid = fixtures.submitted(programme, repaying, "WOORI", Won.of(300_000_000));
		fixtures.submittedDaysAgo(repaid, 45);
		fixtures.approve(repaid, Won.of(300_000_000));
		issuedDaysAgo(repaid, 12);
		pay("WOORI", repaid, Won.of(100_000_000), 3);
		pay("WOORI", repaid, Won.of(50_000_000), 5);
		DisbursementEntry firstPayment = loans.entries(repaid)
			.stream()
			.filter(DisbursementEntry::isPayment)
			.findFirst()
			.orElseThrow();
		loans.reverse(new BankCode("WOORI"), repaid, firstPayment.id(), "잘못 입력한 금액", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);
		loans.repaid(new BankCode("WOORI"), repaid, Actor.person("woori.officer", Role.BANK_OFFICER));

		ApplicationId defaulted = fixtures.submitted(programme, new DashboardFixtures.Sme("BUSAN", "G", 60, "KIA", 2),
				"KB", Won.of(200_000_000));
		fixtures.submittedDaysAgo(defaulted, 35);
		fixtures.approve(defaulted, Won.of(200_000_000));
		pay("KB", defaulted, Won.of(200_000_000), 0);
		loans.defaulted(new BankCode("KB"), defaulted, Actor.person("kb.officer", Role.BANK_OFFICER));

		aggregates.fold();

		ApplicationId cancelled = fixtures.submitted(programme, new DashboardFixtures.Sme("ULSAN", "J", 350, null, 0),
				"WOORI", Won.of(100_000_000));
		fixtures.approve(cancelled, Won.of(100_000_000));
		loans.cancel(new BankCode("WOORI"), cancelled, Actor.person("woori.officer", Role.BANK_OFFICER));

		ApplicationId rejected = fixtures.submitted(programme, new DashboardFixtures.Sme("JEJU", "F", 20, "HYUNDAI", 3),
				"WOORI", Won.of(150_000_000));
		fixtures.reject(rejected);

		Applicant withdrawing = fixtures.sme(DashboardFixtures.Sme.in("GYEONGGI"));
		applications.withdraw(withdrawing, fixtures.submitted(programme, withdrawing, "KB", Won.of(80_000_000)));
		applications.startDraft(fixtures.sme(DashboardFixtures.Sme.in("SEOUL")), programme,
				new ApplicationContent(Won.of(60_000_000), LoanPurpose.WORKING_CAPITAL, 24, new BankCode("WOORI"),
						"원자재 구매 자금으로 생산을 늘리고 매출로 상환합니다."));

		ApplicationId confirmed = fixtures.submitted(programme,
				new DashboardFixtures.Sme("SEOUL", "C", 120, "HYUNDAI", 2), "KB", Won.of(500_000_000));
		fixtures.approve(confirmed, Won.of(500_000_000));
		decisions.confirm(accounts.account("kodit.approver").orElseThrow(), confirmed,
				TestSmes.version(applications, confirmed), "추천 확인");
		deliveries.readyToPay(confirmed);
		pay("KB", confirmed, Won.of(120_000_000), 0);

		fixtures.submitted(programme, repaying, "KB", Won.of(90_000_000));

		Recount recount = recount();
		for (AggregateTable table : AggregateTable.values()) {
			String name = table.tableName();
			assertThat(recount.kept().get(name)).as("%s has counts of the programme", name)
				.anyMatch(line -> line.contains(programme.value()));
			assertThat(recount.counted().get(name)).as("%s counted anew", name).isEqualTo(recount.kept().get(name));
		}
	}

	/**
	 * Every aggregate table as the triggers kept it, then as {@code recount_dashboard()} writes it, in one transaction
	 * that is rolled back. Changes to the counted tables and folds wait until it ends, so that nothing else writes
	 * meanwhile and the tests that follow find the counts as they were.
	 */
	private Recount recount() {
		return transactions.execute(transaction -> {
			jdbc.sql("lock table " + String.join(", ", DashboardAggregates.COUNTED_TABLES)
					+ ", programme, programme_agency in share mode")
				.update();
			jdbc.sql("lock table " + Stream.of(AggregateTable.values())
				.map(AggregateTable::tableName)
				.collect(Collectors.joining(", ")) + " in exclusive mode").update();
			Map<String, List<String>> kept = counts();
			jdbc.sql("select recount_dashboard()").query(Object.class).single();
			Map<String, List<String>> counted = counts();
			transaction.setRollbackOnly();
			return new Recount(kept, counted);
		});
	}

	/**
	 * The aggregate tables as the triggers kept them and as counted anew, each table's lines sorted.
	 */
	private record Recount(Map<String, List<String>> kept, Map<String, List<String>> counted) {
	}

	/**
	 * Each table's figures summed per key, keys whose figures all add up to nothing left out: rows appended by changes
	 * and rows folded together read the same.
	 */
	private Map<String, List<String>> counts() {
		Map<String, List<String>> counts = new LinkedHashMap<>();
		for (AggregateTable table : AggregateTable.values()) {
			String sums = table.figureColumns()
				.stream()
				.map(figure -> "sum(" + figure + ")")
				.collect(Collectors.joining(", "));
			counts.put(table.tableName(), jdbc.sql("select concat_ws(' ', " + table.keys() + ", " + sums + ") from "
					+ table.tableName() + " group by " + table.keys() + " having " + sums.replace(", ", " <> 0 or ")
					+ " <> 0 order by 1")
				.query(String.class)
				.list());
		}
		return counts;
	}

	/**
	 * As if the guarantee had been issued {@code days} ago, and decided then.
	 */
	private void issuedDaysAgo(ApplicationId id, int days) {
		for (String table : List.of("loan", "guarantee")) {
			jdbc.sql("update " + table + " set issued_at = issued_at - make_interval(days => :days) "
					+ "where application_id = :id")
				.param("days", days)
				.param("id", id.value())
				.update();
		}
		jdbc.sql("update guarantee_application set decided_at = decided_at - make_interval(days => :days) "
				+ "where id = :id")
			.param("days", days)
			.param("id", id.value())
			.update();
	}

	/**
	 * A payment dated {@code afterIssue} days after the guarantee's Korean day of issue.
	 */
	private void pay(String bank, ApplicationId id, Won amount, int afterIssue) {
		LocalDate issued = LocalDate.ofInstant(loans.ofApplication(id).orElseThrow().issuedAt(), SeoulTime.ZONE);
		loans.pay(new BankCode(bank), id, amount, issued.plusDays(afterIssue), "RC-" + id.value() + "-" + amount.value(),
				Actor.person(bank.toLowerCase(Locale.ROOT) + ".officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);
	}

}
