package kr.sangsaeng.applications;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.ApplicationQueue.Query;
import kr.sangsaeng.applications.ApplicationQueue.Sort;
import kr.sangsaeng.applications.ApplicationQueue.Waiting;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue reads its pages in several ways, chosen by the filters; whichever it takes, a reviewer must see exactly
 * the pages that sorting all the matching applications would give.
 */
@SangsaengTest
class ApplicationQueueTests {

	private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

	private static final Set<ApplicationStatus> RUNNING = Set.of(ApplicationStatus.SUBMITTED,
			ApplicationStatus.UNDER_REVIEW, ApplicationStatus.INFO_REQUESTED, ApplicationStatus.RECOMMENDED);

	private static final ApplicationStatus[] STATUSES = { ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW,
			ApplicationStatus.INFO_REQUESTED, ApplicationStatus.RECOMMENDED, ApplicationStatus.REJECTED,
			ApplicationStatus.WITHDRAWN };

	@Autowired
	ApplicationQueue queue;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	JdbcClient jdbc;

	private List<ProgrammeCode> programmes;

	private List<Row> rows;

	private record Row(long id, long receipt, String programme, String businessNumber, String companyName, long amount,
			ApplicationStatus status, Instant submittedAt, Region region, String assignee, Instant lastActionAt) {

		boolean decided() {
			return !RUNNING.contains(status);
		}

	}

	@BeforeEach
	void someApplicationsInTwoProgrammes() {
		programmes = List.of(openProgramme(), openProgramme());
		Random random = new Random(7);
		Region[] regions = { Region.SEOUL, Region.BUSAN, Region.JEJU };
		for (int i = 0; i < 90; i++) {
			Applicant sme = TestSmes.newSme(jdbc);
			ProgrammeCode programme = programmes.get(random.nextInt(2));
			ApplicationId id = applications.startDraft(sme, programme, new ApplicationContent(
					Won.of(100_000_000L * (1 + random.nextInt(4))), LoanPurpose.FACILITIES, 36, new BankCode("WOORI"),
					"설비 도입 자금으로 생산 능력을 늘리고 매출로 상환합니다."));
			TestChecklists.complete(applications, sme, id, TestSmes.businessPlan());
			applications.submit(sme, id);
			// receipt numbers follow submission times; a few do not, as when a clock and a sequence disagree
			Instant submitted = START.plus(Duration.ofHours(i * 7L + (random.nextInt(10) == 0 ? -30 : 0)));
			jdbc.sql("update guarantee_application set status = :status, submitted_at = :submitted, region = :region, "
					+ "assignee = :assignee, last_action_at = :lastAction where id = :id")
				.param("status", STATUSES[random.nextInt(STATUSES.length)].name())
				.param("submitted", Timestamp.from(submitted))
				.param("region", regions[random.nextInt(regions.length)].name())
				.param("assignee", random.nextBoolean() ? null : random.nextBoolean() ? "kodit.reviewer" : "kodit.approver")
				.param("lastAction", Timestamp.from(submitted.plus(Duration.ofHours(random.nextInt(200)))))
				.param("id", id.value())
				.update();
		}
		rows = jdbc.sql("select id, receipt_number, programme_code, business_number, company_name, amount_won, status, "
				+ "submitted_at, region, assignee, last_action_at from guarantee_application "
				+ "where programme_code in (:programmes)")
			.param("programmes", programmes.stream().map(ProgrammeCode::value).toList())
			.query((row, number) -> new Row(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
					row.getString(5), row.getLong(6), ApplicationStatus.valueOf(row.getString(7)),
					row.getTimestamp(8).toInstant(), Region.valueOf(row.getString(9)), row.getString(10),
					row.getTimestamp(11).toInstant()))
			.list();
	}

	@Test
	void everyFilterAndOrderGivesThePagesThatSortingAllTheMatchesWouldGive() {
		Instant from = START.plus(Duration.ofDays(5));
		Instant until = START.plus(Duration.ofDays(20));
		Instant overdueBefore = START.plus(Duration.ofDays(18));
		String prefix = rows.get(0).businessNumber().substring(0, 2);
		Waiting overdue = new Waiting(RUNNING, overdueBefore);

		for (Sort sort : Sort.values()) {
			check(new Filter(sort), row -> true);
			check(new Filter(sort).period(from, until), row -> within(row, from, until));
			check(new Filter(sort).period(from, until).status(ApplicationStatus.REJECTED),
					row -> within(row, from, until) && row.status() == ApplicationStatus.REJECTED);
			check(new Filter(sort).period(from, until).region(Region.BUSAN),
					row -> within(row, from, until) && row.region() == Region.BUSAN);
			check(new Filter(sort).period(null, until).amounts(200_000_000L, 300_000_000L),
					row -> row.submittedAt().isBefore(until) && row.amount() >= 200_000_000L && row.amount() <= 300_000_000L);
			check(new Filter(sort).text(prefix), row -> row.businessNumber().startsWith(prefix));
			check(new Filter(sort).text(prefix.substring(0, 1)),
					row -> row.businessNumber().startsWith(prefix.substring(0, 1)));
			check(new Filter(sort).text("시험기업"), row -> row.companyName().contains("시험기업"));
			check(new Filter(sort).waiting(overdue),
					row -> RUNNING.contains(row.status()) && row.submittedAt().isBefore(overdueBefore));
			check(new Filter(sort).waiting(overdue).region(Region.SEOUL), row -> RUNNING.contains(row.status())
					&& row.submittedAt().isBefore(overdueBefore) && row.region() == Region.SEOUL);
			check(new Filter(sort).status(ApplicationStatus.UNDER_REVIEW),
					row -> row.status() == ApplicationStatus.UNDER_REVIEW);
			check(new Filter(sort).assignee("kodit.reviewer"), row -> "kodit.reviewer".equals(row.assignee()));
			check(new Filter(sort).unassigned(), row -> row.assignee() == null);
			check(new Filter(sort).awaitingDecision(), row -> !row.decided());
			check(new Filter(sort).awaitingDecision().period(from, until), row -> !row.decided() && within(row, from, until));
		}
	}

	@Test
	void theApplicationsAwaitingADecisionComeInReceiptOrderWhateverTheirStatusWithoutDecidedOnesAndFiltered() {
		assertThat(rows.stream().filter(row -> !row.decided()).map(Row::status).distinct())
			.as("the data has applications in every status awaiting a decision")
			.containsExactlyInAnyOrderElementsOf(RUNNING);
		assertThat(rows.stream().filter(row -> !row.decided()).count())
			.as("the data has more than a page of them")
			.isGreaterThan(ApplicationQueue.PAGE_SIZE);
		Instant overdueBefore = START.plus(Duration.ofDays(18));

		check(new Filter(Sort.RECEIPT).awaitingDecision(), row -> !row.decided());
		check(new Filter(Sort.RECEIPT).awaitingDecision().region(Region.BUSAN),
				row -> !row.decided() && row.region() == Region.BUSAN);
		check(new Filter(Sort.RECEIPT).awaitingDecision().amounts(200_000_000L, 300_000_000L),
				row -> !row.decided() && row.amount() >= 200_000_000L && row.amount() <= 300_000_000L);
		check(new Filter(Sort.RECEIPT).awaitingDecision().assignee("kodit.reviewer"),
				row -> !row.decided() && "kodit.reviewer".equals(row.assignee()));
		check(new Filter(Sort.RECEIPT).awaitingDecision().unassigned(), row -> !row.decided() && row.assignee() == null);
		check(new Filter(Sort.RECEIPT).awaitingDecision().waiting(new Waiting(RUNNING, overdueBefore)),
				row -> !row.decided() && row.submittedAt().isBefore(overdueBefore));
		check(new Filter(Sort.RECEIPT).awaitingDecision().programme(programmes.get(1)),
				row -> !row.decided() && row.programme().equals(programmes.get(1).value()));
		check(new Filter(Sort.RECEIPT).awaitingDecision().agreements(agreementsOf(programmes.get(0))),
				row -> !row.decided() && row.programme().equals(programmes.get(0).value()));
	}

	private void check(Filter filter, Predicate<Row> matches) {
		List<Long> expected = rows.stream()
			.filter(matches)
			.sorted(order(filter.sort))
			.map(Row::id)
			.toList();
		assertThat(expected).as("the data has matches for %s", filter).isNotEmpty();
		List<Long> seen = new ArrayList<>();
		int lastPage = expected.size() / ApplicationQueue.PAGE_SIZE;
		for (int page = 0; page <= lastPage + 1; page++) {
			ApplicationQueue.Page result = queue.search(filter.query(programmes, page));
			result.lines().forEach(line -> seen.add(line.id().value()));
			if (!result.hasNext()) {
				break;
			}
			assertThat(result.lines()).hasSize(ApplicationQueue.PAGE_SIZE);
		}
		assertThat(seen).as("%s", filter).containsExactlyElementsOf(expected);
	}

	private List<AgreementCode> agreementsOf(ProgrammeCode programme) {
		return jdbc.sql("select distinct agreement_code from guarantee_application where programme_code = :programme")
			.param("programme", programme.value())
			.query(String.class)
			.list()
			.stream()
			.map(AgreementCode::new)
			.toList();
	}

	private static boolean within(Row row, Instant from, Instant until) {
		return !row.submittedAt().isBefore(from) && row.submittedAt().isBefore(until);
	}

	private static Comparator<Row> order(Sort sort) {
		Comparator<Row> receipt = Comparator.comparingLong(Row::receipt);
		return switch (sort) {
			case RECEIPT -> receipt;
			case AMOUNT_HIGH -> Comparator.comparingLong(Row::amount).reversed().thenComparing(receipt);
			case AMOUNT_LOW -> Comparator.comparingLong(Row::amount).thenComparing(receipt);
			case NEWEST -> Comparator.comparing(Row::submittedAt).thenComparing(receipt).reversed();
			case OLDEST -> Comparator.comparing(Row::submittedAt).thenComparing(receipt);
			case WAITING_LONGEST -> Comparator.comparing(Row::decided)
				.thenComparing(Row::lastActionAt)
				.thenComparing(receipt);
		};
	}

	private ProgrammeCode openProgramme() {
		ProgrammeCode programme = TestProgrammes.uniqueCode("QU");
		administration.create(programme, TestProgrammes.draft(Won.of(5_000_000_000L), Won.of(5_000_000_000L)),
				Won.of(500_000_000_000L), "admin");
		administration.moveTo(programme, ProgrammeStatus.OPEN, "admin");
		return programme;
	}

	/**
	 * What a reviewer asks of the queue, built up one filter at a time.
	 */
	private static final class Filter {

		private final Sort sort;

		private Set<ApplicationStatus> statuses = Set.of();

		private ProgrammeCode programme;

		private List<AgreementCode> agreements;

		private String text;

		private Long minAmount;

		private Long maxAmount;

		private Region region;

		private Instant from;

		private Instant until;

		private String assignee;

		private boolean unassigned;

		private Waiting waiting;

		Filter(Sort sort) {
			this.sort = sort;
		}

		Filter status(ApplicationStatus status) {
			this.statuses = Set.of(status);
			return this;
		}

		/** What the queue shows by default. */
		Filter awaitingDecision() {
			this.statuses = RUNNING;
			return this;
		}

		Filter programme(ProgrammeCode programme) {
			this.programme = programme;
			return this;
		}

		Filter agreements(List<AgreementCode> agreements) {
			this.agreements = agreements;
			return this;
		}

		Filter text(String text) {
			this.text = text;
			return this;
		}

		Filter amounts(long min, long max) {
			this.minAmount = min;
			this.maxAmount = max;
			return this;
		}

		Filter region(Region region) {
			this.region = region;
			return this;
		}

		Filter period(Instant from, Instant until) {
			this.from = from;
			this.until = until;
			return this;
		}

		Filter assignee(String assignee) {
			this.assignee = assignee;
			return this;
		}

		Filter unassigned() {
			this.unassigned = true;
			return this;
		}

		Filter waiting(Waiting waiting) {
			this.waiting = waiting;
			return this;
		}

		Query query(List<ProgrammeCode> programmes, int page) {
			Query query = new Query(programmes, programme, statuses, text,
					minAmount == null ? null : Won.of(minAmount), maxAmount == null ? null : Won.of(maxAmount), region,
					null, from, until, assignee, unassigned, waiting, sort, page);
			return agreements == null ? query : query.within(agreements);
		}

		@Override
		public String toString() {
			return "sort " + sort + ", statuses " + statuses + ", programme " + programme + ", agreements " + agreements
					+ ", text " + text + ", amounts " + minAmount + "–" + maxAmount
					+ ", region " + region + ", period " + from + "–" + until + ", assignee " + assignee
					+ ", unassigned " + unassigned + ", waiting " + (waiting != null);
		}

	}

}
