package kr.sangsaeng.dashboard;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.CertificateDeliveries;
import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.PendingApplicationExistsException;
import kr.sangsaeng.applications.RejectionReason;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.disbursement.DisbursementChannel;
import kr.sangsaeng.disbursement.DisbursementEntry;
import kr.sangsaeng.disbursement.Loan;
import kr.sangsaeng.disbursement.LoanStatus;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's figures read from the counts kept with every change are the figures counted over the source
 * tables, whatever happened to the applications and loans, and however changes interleave.
 */
@SangsaengTest
class DashboardAggregatesTests {

	private static final List<String> REGIONS = List.of("SEOUL", "BUSAN", "ULSAN", "GYEONGGI", "JEJU");

	private static final List<String> INDUSTRIES = List.of("C", "G", "J", "F");

	private static final Won FOUR_EYES_THRESHOLD = Won.of(400_000_000);

	@Autowired
	ApplicationContext context;

	@Autowired
	CertificateDeliveries deliveries;

	@Autowired
	LiveActivityQueries liveActivity;

	@Autowired
	AggregateActivityQueries aggregateActivity;

	@Autowired
	LiveBreakdownQueries liveBreakdowns;

	@Autowired
	AggregateBreakdownQueries aggregateBreakdowns;

	@Autowired
	DashboardAggregates aggregates;

	@Autowired
	ProgrammeCatalogue catalogue;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	Loans loans;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	DashboardFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new DashboardFixtures(context);
	}

	@Test
	void everyFigureEqualsTheDirectCountAfterARandomSequenceOfChanges() {
		List<String> programmes = List.of(
				// carried by two agreements, KODIT's and KIBO's, to which its applications go in turn at random
				fixtures.programme("집계 시험 가", List.of("WOORI", "KB"), List.of("HYUNDAI", "KIA"), FOUR_EYES_THRESHOLD,
						List.of("KODIT", "KIBO")).value(),
				fixtures.programme("집계 시험 나", List.of("WOORI"), List.of("HYUNDAI"), FOUR_EYES_THRESHOLD).value());
		Changes changes = new Changes(new Random(20_261_129L), programmes);

		for (int step = 1; step <= 400; step++) {
			changes.any();
			if (step % 97 == 0) {
				aggregates.fold();
			}
			if (step % 100 == 0) {
				assertAggregatesEqualDirectCounts(programmes);
				assertAgreementsAddUpAndCountExactly(programmes);
			}
		}

		assertThat(changes.done).containsKeys("submit", "again", "draft", "withdraw", "approve", "recommend", "confirm",
				"reject", "pay", "reverse", "repaid", "defaulted", "cancel");
		aggregates.fold();
		assertAggregatesEqualDirectCounts(programmes);
		assertAggregatesEqualDirectCounts(List.of(programmes.get(1)));
		assertAggregatesEqualDirectCounts(
				catalogue.published().stream().map(programme -> programme.code().value()).toList());
	}

	@Test
	void theMedianDaysToDecisionIsExactWithinTheMinuteAtARoundingBoundary() {
		String programme = fixtures.programme("중앙값 시험", List.of("WOORI"), List.of("HYUNDAI"), FOUR_EYES_THRESHOLD)
			.value();
		Changes changes = new Changes(new Random(2_026L), List.of(programme));
		for (int step = 0; step < 500 && decided(programme).size() < 7; step++) {
			changes.any();
		}
		List<Long> decided = decided(programme);
		assertThat(decided).hasSize(7);
		// 8 h 24 min is 0.35 days: the middle decision, 8 h 23 min, reads 0.3 days, its neighbours in the hour 0.3 or 0.4
		int[] minutes = { 502, 501, 507, 500, 503, 505, 506 };
		for (int i = 0; i < decided.size(); i++) {
			jdbc.sql("update guarantee_application set submitted_at = decided_at - make_interval(mins => :minutes) "
					+ "where id = :id")
				.param("minutes", minutes[i])
				.param("id", decided.get(i))
				.update();
		}

		List<String> programmes = List.of(programme);
		assertThat(liveActivity.medianDaysToDecision(programmes)).containsEntry(programme, new BigDecimal("0.3"));
		assertThat(aggregateActivity.medianDaysToDecision(programmes)).as("median days to decision")
			.isEqualTo(liveActivity.medianDaysToDecision(programmes));
	}

	private List<Long> decided(String programme) {
		return jdbc.sql("select id from guarantee_application where programme_code = :programme and decided_at is not null "
				+ "and status in ('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED', 'REJECTED') "
				+ "order by id")
			.param("programme", programme)
			.query(Long.class)
			.list();
	}

	@Test
	void concurrentChangesAndFoldsLeaveEveryFigureExact() throws Exception {
		List<String> programmes = List.of(
				fixtures.programme("동시 집계 시험", List.of("WOORI", "KB"), List.of("HYUNDAI"), FOUR_EYES_THRESHOLD).value());
		int workers = 4;
		ExecutorService pool = Executors.newFixedThreadPool(workers + 1);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> running = new ArrayList<>();
			for (int worker = 0; worker < workers; worker++) {
				Changes changes = new Changes(new Random(7_000L + worker), programmes);
				running.add(pool.submit((Callable<Void>) () -> {
					start.await();
					for (int step = 0; step < 40; step++) {
						changes.any();
					}
					return null;
				}));
			}
			running.add(pool.submit((Callable<Void>) () -> {
				start.await();
				for (int fold = 0; fold < 20; fold++) {
					aggregates.fold();
				}
				return null;
			}));
			start.countDown();
			for (Future<?> future : running) {
				future.get(5, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertAggregatesEqualDirectCounts(programmes);
		aggregates.fold();
		assertAggregatesEqualDirectCounts(programmes);
	}

	private void assertAggregatesEqualDirectCounts(List<String> programmes) {
		assertThat(aggregateActivity.applicationsByStatus(programmes)).as("applications by status")
			.isEqualTo(liveActivity.applicationsByStatus(programmes));
		assertThat(aggregateActivity.medianDaysToDecision(programmes)).as("median days to decision")
			.isEqualTo(liveActivity.medianDaysToDecision(programmes));
		assertThat(aggregateActivity.medianDaysToFirstDisbursement(programmes)).as("median days to first payment")
			.isEqualTo(liveActivity.medianDaysToFirstDisbursement(programmes));
		assertThat(nonZero(aggregateActivity.disbursedOfOpenGuarantees(programmes))).as("disbursed of open guarantees")
			.isEqualTo(nonZero(liveActivity.disbursedOfOpenGuarantees(programmes)));

		LocalDate today = LocalDate.now(SeoulTime.ZONE);
		LocalDate firstWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.minusWeeks(UtilisationOverview.WEEKS - 1);
		Instant since = firstWeek.atStartOfDay(SeoulTime.ZONE).toInstant();
		assertThat(nonZero(aggregateActivity.applicationsSubmittedPerWeek(programmes, since))).as("submitted per week")
			.isEqualTo(nonZero(liveActivity.applicationsSubmittedPerWeek(programmes, since)));
		assertThat(nonZero(aggregateActivity.guaranteesIssuedPerWeek(programmes, since))).as("issued per week")
			.isEqualTo(nonZero(liveActivity.guaranteesIssuedPerWeek(programmes, since)));
		assertThat(nonZero(aggregateActivity.netDisbursedPerWeek(programmes, firstWeek))).as("disbursed per week")
			.isEqualTo(nonZero(liveActivity.netDisbursedPerWeek(programmes, firstWeek)));

		YearMonth thisMonth = YearMonth.from(today);
		List<Period> periods = List.of(Period.ALL, new Period(thisMonth, null), new Period(thisMonth, thisMonth),
				new Period(thisMonth.minusMonths(1), thisMonth.minusMonths(1)),
				new Period(thisMonth.minusMonths(2), thisMonth), new Period(null, thisMonth.minusMonths(1)),
				new Period(thisMonth.minusMonths(1), null), new Period(thisMonth.minusMonths(13), thisMonth.minusMonths(10)));
		for (Period period : periods) {
			for (Breakdown by : Breakdown.values()) {
				BreakdownQueries.GroupCounts live = liveBreakdowns.countBy(by, programmes, period);
				BreakdownQueries.GroupCounts aggregate = aggregateBreakdowns.countBy(by, programmes, period);
				assertThat(byKey(aggregate.groups())).as("%s in %s", by, period).isEqualTo(byKey(live.groups()));
				assertThat(aggregate.total()).as("total by %s in %s", by, period).isEqualTo(live.total());
			}
			assertThat(byBank(aggregateBreakdowns.lenders(programmes, period))).as("lenders in %s", period)
				.isEqualTo(byBank(liveBreakdowns.lenders(programmes, period)));
		}
	}

	/**
	 * Each agreement's capacity, committed and disbursed amounts add up to its programme's, what it committed and
	 * paid out is what its guarantees hold, and the agency breakdown counts each agreement's applications exactly.
	 */
	private void assertAgreementsAddUpAndCountExactly(List<String> programmes) {
		for (ProgrammeSummary programme : catalogue.all()
			.stream()
			.filter(candidate -> programmes.contains(candidate.code().value()))
			.toList()) {
			assertThat(programme.agreements().stream().map(Agreement::capacity).reduce(Won.ZERO, Won::plus))
				.as("capacity of %s", programme.code()).isEqualTo(programme.capacity());
			assertThat(programme.agreements().stream().map(Agreement::committed).reduce(Won.ZERO, Won::plus))
				.as("committed of %s", programme.code()).isEqualTo(programme.committed());
			assertThat(programme.agreements().stream().map(Agreement::disbursed).reduce(Won.ZERO, Won::plus))
				.as("disbursed of %s", programme.code()).isEqualTo(programme.disbursed());
			for (Agreement agreement : programme.agreements()) {
				assertThat(jdbc.sql("select coalesce(sum(r.reserved_won) filter (where r.released_at is null), 0), "
						+ "coalesce(sum(r.consumed_won), 0) from capacity_reservation r join agreement a "
						+ "on a.id = r.agreement_id where a.code = :code")
					.param("code", agreement.code().value())
					.query((row, number) -> List.of(Won.of(row.getLong(1)), Won.of(row.getLong(2))))
					.single()).as("reservations of %s", agreement.code())
					.containsExactly(agreement.committed(), agreement.disbursed());
			}
		}
		Map<String, Long> perAgreement = new HashMap<>();
		jdbc.sql("select coalesce(l.agency_code, ag.agency_code), count(*) from guarantee_application a "
				+ "join agreement ag on ag.code = a.agreement_code left join loan l on l.application_id = a.id "
				+ "where a.programme_code in (:programmes) and a.status <> 'DRAFT' and a.receipt_number is not null "
				+ "group by 1")
			.param("programmes", programmes)
			.query((row, number) -> perAgreement.put(row.getString(1), row.getLong(2)))
			.list();
		Map<String, Long> counted = new HashMap<>();
		aggregateBreakdowns.countBy(Breakdown.AGENCY, programmes, Period.ALL)
			.groups()
			.forEach(group -> counted.put(group.key(), group.counts().applications()));
		assertThat(counted).as("applications by agreement's agency").isEqualTo(perAgreement);
		assertThat(perAgreement).as("applications routed to KIBO's agreement").containsKey("KIBO");
	}

	private static <K, V> Map<K, V> nonZero(Map<K, V> figures) {
		Map<K, V> nonZero = new HashMap<>(figures);
		nonZero.values().removeIf(value -> value.equals(0L) || value.equals(Won.ZERO));
		return nonZero;
	}

	private static Map<String, BreakdownQueries.Counts> byKey(List<BreakdownQueries.Group> groups) {
		Map<String, BreakdownQueries.Counts> byKey = new HashMap<>();
		groups.forEach(group -> byKey.put(String.valueOf(group.key()), group.counts()));
		return byKey;
	}

	private static Map<String, BreakdownQueries.LenderCounts> byBank(List<BreakdownQueries.LenderCounts> lenders) {
		Map<String, BreakdownQueries.LenderCounts> byBank = new HashMap<>();
		lenders.forEach(lender -> byBank.put(lender.bankCode(), lender));
		return byBank;
	}

	/**
	 * Random changes through the services, each one that the application's state allows: submissions (some left as
	 * drafts), withdrawals, approvals (above the four-eyes threshold recommended and confirmed by a second person),
	 * rejections, payments on days since the guarantee, reversals, repayments, defaults and cancellations.
	 * Submissions and guarantees are dated back by some hours or days, so that periods, weeks and medians differ.
	 */
	private final class Changes {

		private final Random random;

		private final List<String> programmes;

		private final List<ApplicationId> started = new ArrayList<>();

		private final Map<ApplicationId, Applicant> applicants = new HashMap<>();

		private final Map<String, Integer> done = new LinkedHashMap<>();

		/** The programmes with an agreement of KIBO besides KODIT's, where applications go to either. */
		private final Set<String> withKibo;

		Changes(Random random, List<String> programmes) {
			this.random = random;
			this.programmes = programmes;
			this.withKibo = catalogue.all()
				.stream()
				.filter(programme -> programmes.contains(programme.code().value()))
				.filter(programme -> !programme.agreementsOf(new AgencyCode("KIBO")).isEmpty())
				.map(programme -> programme.code().value())
				.collect(Collectors.toSet());
		}

		void any() {
			if (started.isEmpty() || random.nextInt(100) < 25) {
				start();
				return;
			}
			ApplicationId id = started.get(random.nextInt(started.size()));
			String status = jdbc.sql("select status from guarantee_application where id = :id")
				.param("id", id.value())
				.query(String.class)
				.single();
			switch (status) {
				case "DRAFT" -> {
					if (random.nextBoolean()) {
						applications.submit(applicants.get(id), id);
						backdateSubmission(id);
						count("submit");
					}
					else {
						applications.withdraw(applicants.get(id), id);
						count("withdraw");
					}
				}
				case "SUBMITTED", "UNDER_REVIEW" -> decide(id);
				case "RECOMMENDED" -> {
					decisions.confirm(approver(id), id, TestSmes.version(applications, id), "추천 확인");
					backdateGuarantee(id);
					count("confirm");
				}
				default -> onLoan(id);
			}
		}

		/**
		 * A new SME's application, or half the time one more of an SME that applied before (in another programme, or
		 * in the same one once its earlier application is decided), so that SMEs count once across applications,
		 * months and groups.
		 */
		private void start() {
			String programme = pick(programmes);
			String bank = programme.equals(programmes.get(0)) ? pick(List.of("WOORI", "KB")) : "WOORI";
			AgreementCode agreement = withKibo.contains(programme) && random.nextBoolean()
					? new AgreementCode(programme + "-KIBO") : null;
			ApplicationContent content = new ApplicationContent(Won.of(50_000_000L * (1 + random.nextInt(14))),
					LoanPurpose.WORKING_CAPITAL, 24, new BankCode(bank), "원자재 구매 자금으로 생산을 늘리고 매출로 상환합니다.",
					agreement);
			Applicant applicant = null;
			ApplicationId id = null;
			if (!applicants.isEmpty() && random.nextBoolean()) {
				applicant = applicants.get(pick(started));
				try {
					id = applications.startDraft(applicant, new ProgrammeCode(programme), content);
					TestChecklists.complete(applications, applicant, id, TestSmes.businessPlan());
					count("again");
				}
				catch (PendingApplicationExistsException pending) {
					applicant = null;
				}
			}
			if (applicant == null) {
				applicant = fixtures.sme(new DashboardFixtures.Sme(pick(REGIONS), pick(INDUSTRIES), random.nextInt(400),
						random.nextBoolean() ? pick(List.of("HYUNDAI", "KIA")) : null, 1 + random.nextInt(3)));
				id = applications.startDraft(applicant, new ProgrammeCode(programme), content);
				TestChecklists.complete(applications, applicant, id, TestSmes.businessPlan());
			}
			started.add(id);
			applicants.put(id, applicant);
			if (random.nextInt(10) < 8) {
				applications.submit(applicant, id);
				backdateSubmission(id);
				count("submit");
			}
			else {
				count("draft");
			}
		}

		private void decide(ApplicationId id) {
			long version = TestSmes.version(applications, id);
			int choice = random.nextInt(100);
			if (choice < 10) {
				applications.withdraw(applicants.get(id), id);
				count("withdraw");
			}
			else if (choice < 30) {
				decisions.reject(reviewer(id), id, version, RejectionReason.CREDIT, "신용도가 기준에 미치지 못합니다.", "거절");
				count("reject");
			}
			else {
				Won requested = jdbc.sql("select amount_won from guarantee_application where id = :id")
					.param("id", id.value())
					.query(Long.class)
					.optional()
					.map(Won::of)
					.orElseThrow();
				decisions.approve(reviewer(id), id, version,
						new ApprovalTerms(requested, Percentage.of("80"), Percentage.of("1"), null), "승인");
				if (requested.isGreaterThan(FOUR_EYES_THRESHOLD)) {
					count("recommend");
				}
				else {
					backdateGuarantee(id);
					count("approve");
				}
			}
		}

		private void onLoan(ApplicationId id) {
			Loan loan = loans.ofApplication(id).orElse(null);
			if (loan == null) {
				// rejected or withdrawn: nothing more happens to it but time
				backdateSubmission(id);
				return;
			}
			BankCode bank = loan.bankCode();
			int choice = random.nextInt(100);
			switch (loan.status()) {
				case APPROVED -> {
					if (choice < 75) {
						pay(loan);
					}
					else {
						loans.cancel(bank, id, Actor.person("officer", Role.BANK_OFFICER));
						count("cancel");
					}
				}
				case DISBURSING, ACTIVE -> {
					List<DisbursementEntry> payments = loans.entries(id)
						.stream()
						.filter(entry -> entry.isPayment() && !entry.isReversed())
						.toList();
					if (choice < 35 && loan.status() == LoanStatus.DISBURSING) {
						pay(loan);
					}
					else if (choice < 60) {
						loans.reverse(bank, id, pick(payments).id(), "잘못 입력한 금액", Actor.person("officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);
						count("reverse");
					}
					else if (choice < 85) {
						loans.repaid(bank, id, Actor.person("officer", Role.BANK_OFFICER));
						count("repaid");
					}
					else {
						loans.defaulted(bank, id, Actor.person("officer", Role.BANK_OFFICER));
						count("defaulted");
					}
				}
				default -> backdateSubmission(id);
			}
		}

		private void pay(Loan loan) {
			if (!loan.isCertificateAcknowledged()) {
				deliveries.readyToPay(loan.id());
			}
			LocalDate issued = LocalDate.ofInstant(loan.issuedAt(), SeoulTime.ZONE);
			LocalDate today = LocalDate.now(SeoulTime.ZONE);
			long days = today.toEpochDay() - issued.toEpochDay();
			LocalDate on = issued.plusDays(days == 0 ? 0 : random.nextLong(days + 1));
			long steps = loan.remaining().value() / 10_000_000L;
			Won amount = Won.of(10_000_000L * (1 + random.nextLong(steps)));
			loans.pay(loan.bankCode(), loan.id(), amount, on, "AG-" + loan.id().value() + "-" + random.nextInt(),
					Actor.person("officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);
			count("pay");
		}

		/**
		 * As if the SME had submitted some hours to some weeks earlier.
		 */
		private void backdateSubmission(ApplicationId id) {
			jdbc.sql("update guarantee_application set submitted_at = submitted_at - make_interval(hours => :hours) "
					+ "where id = :id and submitted_at is not null")
				.param("hours", random.nextInt(24 * 30))
				.param("id", id.value())
				.update();
		}

		/**
		 * As if the guarantee had been issued some days earlier (and decided then), so that payments may be dated
		 * on the days since.
		 */
		private void backdateGuarantee(ApplicationId id) {
			int days = random.nextInt(20);
			for (String table : List.of("loan", "guarantee")) {
				jdbc.sql("update " + table + " set issued_at = issued_at - make_interval(days => :days) "
						+ "where application_id = :id")
					.param("days", days)
					.param("id", id.value())
					.update();
			}
			jdbc.sql("update guarantee_application set decided_at = decided_at - make_interval(days => :days), "
					+ "submitted_at = submitted_at - make_interval(days => :days) where id = :id")
				.param("days", days)
				.param("id", id.value())
				.update();
		}

		private <T> T pick(Collection<T> candidates) {
			List<T> list = List.copyOf(candidates);
			return list.get(random.nextInt(list.size()));
		}

		private void count(String change) {
			done.merge(change, 1, Integer::sum);
		}

		/**
		 * A reviewer of the agency whose agreement the application is routed to.
		 */
		private SignedInUser reviewer(ApplicationId id) {
			return accounts.account(staffOf(id) + ".reviewer").orElseThrow();
		}

		private SignedInUser approver(ApplicationId id) {
			return accounts.account(staffOf(id) + ".approver").orElseThrow();
		}

		private String staffOf(ApplicationId id) {
			return jdbc.sql("select ag.agency_code from guarantee_application a join agreement ag "
					+ "on ag.code = a.agreement_code where a.id = :id")
				.param("id", id.value())
				.query(String.class)
				.single()
				.equals("KIBO") ? "kibo" : "kodit";
		}

	}

}
