package kr.sangsaeng.applications;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.Won;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitted applications as agency staff look for them: by programme, status, company name or business number,
 * amount, region, industry, submission date, assignee and waiting time, in receipt order (first come, first
 * served) or another order, a page at a time.
 * <p>
 * Every filter and order is served by an index of {@code V10__agency_review.sql}, {@code V11__review_queue_indexes.sql},
 * {@code V18__review_queue_covering_indexes.sql}, {@code V61__review_queue_period_by_agreement.sql},
 * {@code V78__review_queue_awaiting_decision.sql}, {@code V79__review_queue_awaiting_in_receipt_order.sql} or
 * {@code V80__review_queue_awaiting_by_submission.sql}. Usually each programme is read on its own, in the page's order
 * and no further than the page reaches, and the programmes are merged afterwards: an index on
 * {@code (programme_code, …)} then gives the order without sorting the programme's rows. Filters whose matches lie
 * where that order does not look for them (overdue applications, which are recent, a period, the first digits of a
 * business number) are found in an index that holds what the filter and the order need, and only the page's rows
 * are read; a company name is gathered through its trigram index and its matches sorted.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationQueue {

	public static final int PAGE_SIZE = 25;

	/**
	 * The first key of {@link Sort#WAITING_LONGEST}: false while an application waits for a decision, so that those
	 * come first. Written as in the index that serves the order ({@code V11__review_queue_indexes.sql}).
	 */
	private static final String DECIDED_FIRST_KEY = "(status not in "
			+ "('SUBMITTED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'RECOMMENDED'))";

	private static final String COLUMNS = "id, receipt_number, company_name, business_number, programme_code, "
			+ "amount_won, status, submitted_at, region, industry_section, assignee, last_action_at, "
			+ DECIDED_FIRST_KEY + " as decided, information_due_on";

	private static final String SUBMITTED = "status <> 'DRAFT' and receipt_number is not null";

	/** The statuses of the indexes of the applications awaiting a decision (V78, V79 and V80). */
	private static final Set<ApplicationStatus> AWAITING_DECISION = EnumSet.of(ApplicationStatus.SUBMITTED,
			ApplicationStatus.UNDER_REVIEW, ApplicationStatus.INFO_REQUESTED, ApplicationStatus.RECOMMENDED);

	/** The shortest name search the trigram index serves. */
	private static final int TRIGRAM = 3;

	private final JdbcClient jdbc;

	ApplicationQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The order of the queue. Ties are broken by receipt number.
	 */
	public enum Sort {

		/** Receipt number, first come first served. */
		RECEIPT("receipt_number"),
		/** Largest amount first. */
		AMOUNT_HIGH("amount_won desc, receipt_number"),
		/** Smallest amount first. */
		AMOUNT_LOW("amount_won, receipt_number"),
		/** Latest submission first. */
		NEWEST("submitted_at desc, receipt_number desc"),
		/** Earliest submission first. */
		OLDEST("submitted_at, receipt_number"),
		/**
		 * Applications still waiting for a decision first, the one longest without any action first; decided ones
		 * after them in the same order.
		 */
		WAITING_LONGEST("decided, last_action_at, receipt_number");

		private final String orderBy;

		Sort(String orderBy) {
			this.orderBy = orderBy;
		}

	}

	/**
	 * Applications in one of {@code statuses} submitted before {@code submittedBefore}: those that have waited
	 * longer than a service level allows.
	 */
	public record Waiting(Set<ApplicationStatus> statuses, Instant submittedBefore) {

		public Waiting {
			statuses = Set.copyOf(statuses);
		}

	}

	/**
	 * What to look for. {@code programmes} limits the search to the programmes the asker may see; the other
	 * fields are optional ({@code null} for any).
	 *
	 * @param statuses the statuses to show, any when empty
	 * @param text part of the company name, or the first digits of its business number
	 * @param minAmount the smallest amount requested, included
	 * @param maxAmount the largest amount requested, included
	 * @param submittedFrom submitted at or after
	 * @param submittedUntil submitted before
	 * @param assignee only the applications this person works on
	 * @param unassigned only the applications nobody works on
	 * @param page zero-based
	 * @param agreements only the applications routed to these agreements, or {@code null} for all
	 */
	public record Query(Collection<ProgrammeCode> programmes, ProgrammeCode programme, Set<ApplicationStatus> statuses, String text,
			Won minAmount, Won maxAmount, Region region, IndustrySection industry, Instant submittedFrom,
			Instant submittedUntil, String assignee, boolean unassigned, Waiting waiting, Sort sort, int page,
			Collection<AgreementCode> agreements) {

		public Query {
			programmes = List.copyOf(programmes);
			agreements = agreements == null ? null : List.copyOf(agreements);
			statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
			sort = sort == null ? Sort.RECEIPT : sort;
			page = Math.max(0, page);
		}

		/**
		 * Applications of every agreement of the programmes.
		 */
		public Query(Collection<ProgrammeCode> programmes, ProgrammeCode programme, Set<ApplicationStatus> statuses,
				String text, Won minAmount, Won maxAmount, Region region, IndustrySection industry,
				Instant submittedFrom, Instant submittedUntil, String assignee, boolean unassigned, Waiting waiting,
				Sort sort, int page) {
			this(programmes, programme, statuses, text, minAmount, maxAmount, region, industry, submittedFrom,
					submittedUntil, assignee, unassigned, waiting, sort, page, null);
		}

		/**
		 * The same query limited to the applications routed to these agreements.
		 */
		public Query within(Collection<AgreementCode> only) {
			return new Query(programmes, programme, statuses, text, minAmount, maxAmount, region, industry,
					submittedFrom, submittedUntil, assignee, unassigned, waiting, sort, page, only);
		}

		/**
		 * The applications in one status, or in any when {@code status} is {@code null}.
		 */
		public Query(Collection<ProgrammeCode> programmes, ProgrammeCode programme, ApplicationStatus status,
				String text, Won minAmount, Won maxAmount, Region region, IndustrySection industry, Instant submittedFrom,
				Instant submittedUntil, String assignee, boolean unassigned, Waiting waiting, Sort sort, int page) {
			this(programmes, programme, status == null ? Set.<ApplicationStatus>of() : Set.of(status), text, minAmount,
					maxAmount, region, industry, submittedFrom, submittedUntil, assignee, unassigned, waiting, sort,
					page);
		}

		public Query(Collection<ProgrammeCode> programmes, ProgrammeCode programme, ApplicationStatus status,
				String text, int page) {
			this(programmes, programme, status, text, null, null, null, null, null, null, null, false, null, null,
					page);
		}

	}

	/**
	 * One line of the queue.
	 *
	 * @param assignee the username of the agency employee working on it, or {@code null}
	 * @param lastActionAt when someone last moved it on
	 * @param informationDueOn the deadline of the last request for information, or {@code null}
	 */
	public record Line(ApplicationId id, Long receiptNumber, String companyName, String businessNumber,
			ProgrammeCode programmeCode, Won amount, ApplicationStatus status, Instant submittedAt, Region region,
			IndustrySection industry, String assignee, Instant lastActionAt, LocalDate informationDueOn) {

		/**
		 * Waits for the SME past the deadline it was given ({@code today} in Seoul): nothing happens to it by
		 * itself, the reviewer decides.
		 */
		public boolean informationOverdue(LocalDate today) {
			return status == ApplicationStatus.INFO_REQUESTED && informationDueOn != null
					&& informationDueOn.isBefore(today);
		}

		public String receipt() {
			return receiptNumber == null ? "—" : String.format("%06d", receiptNumber);
		}

		public String formattedBusinessNumber() {
			return businessNumber.substring(0, 3) + "-" + businessNumber.substring(3, 5) + "-"
					+ businessNumber.substring(5);
		}

	}

	/**
	 * A page of the queue, and whether more follow.
	 */
	public record Page(List<Line> lines, int page, boolean hasNext) {
	}

	public Page search(Query query) {
		List<String> programmes = (query.programme() == null ? List.copyOf(query.programmes())
				: query.programmes().contains(query.programme()) ? List.of(query.programme()) : List.<ProgrammeCode>of())
			.stream()
			.map(ProgrammeCode::value)
			.toList();
		if (programmes.isEmpty()) {
			return new Page(List.of(), query.page(), false);
		}
		Map<String, Object> parameters = new HashMap<>();
		String conditions = conditions(query, parameters);
		Reading reading = reading(query);
		if (reading == Reading.WITHIN_RECEIPT_BOUNDS) {
			// in receipt order the period's applications lie between these receipt numbers (close together, as
			// receipt numbers are given at submission); the order then starts where they do
			parameters.put("programmes", programmes);
			Map<String, Object> bounds = jdbc.sql("select min(receipt_number + 0) as first, max(receipt_number + 0) "
					+ "as last from guarantee_application where " + SUBMITTED + " and programme_code in (:programmes)"
					+ period(query))
				.params(parameters)
				.query()
				.singleRow();
			if (bounds.get("first") == null) {
				return new Page(List.of(), query.page(), false);
			}
			conditions += " and receipt_number between :firstReceipt and :lastReceipt";
			parameters.put("firstReceipt", bounds.get("first"));
			parameters.put("lastReceipt", bounds.get("last"));
		}
		long offset = (long) query.page() * PAGE_SIZE;
		parameters.put("limit", PAGE_SIZE + 1);
		parameters.put("offset", offset);
		String sql;
		if (reading == Reading.RECEIPTS_FIRST) {
			// "+ 0" keeps the planner from walking the whole receipt order in search of a few scattered matches
			parameters.put("programmes", programmes);
			String innerOrder = switch (query.sort()) {
				case RECEIPT -> "receipt_number + 0";
				case WAITING_LONGEST -> DECIDED_FIRST_KEY + ", last_action_at, receipt_number";
				default -> query.sort().orderBy;
			};
			sql = "select " + COLUMNS + " from guarantee_application where receipt_number in (select receipt_number "
					+ "from guarantee_application where " + SUBMITTED + " and programme_code in (:programmes)"
					+ conditions + " order by " + innerOrder + " limit :limit offset :offset) order by "
					+ query.sort().orderBy;
		}
		else if (reading == Reading.AWAITING_IN_RECEIPT_ORDER) {
			parameters.put("reach", offset + PAGE_SIZE + 1);
			List<String> branches = new ArrayList<>();
			for (int i = 0; i < programmes.size(); i++) {
				parameters.put("programme" + i, programmes.get(i));
				branches.add("(select receipt_number from guarantee_application where " + SUBMITTED
						+ " and programme_code = :programme" + i + conditions + " order by receipt_number limit :reach)");
			}
			sql = "select " + COLUMNS + " from guarantee_application where receipt_number in (select receipt_number "
					+ "from (" + String.join(" union all ", branches) + ") awaiting order by receipt_number "
					+ "limit :limit offset :offset) order by receipt_number";
		}
		else if (reading == Reading.GATHERED) {
			parameters.put("programmes", programmes);
			sql = "with matches as materialized (select " + COLUMNS + " from guarantee_application where " + SUBMITTED
					+ " and programme_code in (:programmes)" + conditions + ") select * from matches order by "
					+ query.sort().orderBy + " limit :limit offset :offset";
		}
		else if (programmes.size() == 1) {
			parameters.put("programme0", programmes.get(0));
			sql = branch(0, conditions, query.sort()) + " limit :limit offset :offset";
		}
		else {
			parameters.put("reach", offset + PAGE_SIZE + 1);
			List<String> branches = new ArrayList<>();
			for (int i = 0; i < programmes.size(); i++) {
				parameters.put("programme" + i, programmes.get(i));
				branches.add("(" + branch(i, conditions, query.sort()) + " limit :reach)");
			}
			sql = "select * from (" + String.join(" union all ", branches) + ") queue order by "
					+ query.sort().orderBy + " limit :limit offset :offset";
		}
		List<Line> lines = new ArrayList<>(jdbc.sql(sql).params(parameters).query((row, number) -> {
			String region = row.getString(9);
			String industry = row.getString(10);
			return new Line(new ApplicationId(row.getLong(1)), (Long) row.getObject(2), row.getString(3),
					row.getString(4), new ProgrammeCode(row.getString(5)), Won.of(row.getLong(6)),
					ApplicationStatus.valueOf(row.getString(7)), instant(row.getTimestamp(8)),
					region == null ? null : Region.valueOf(region),
					industry == null ? null : IndustrySection.valueOf(industry), row.getString(11),
					instant(row.getTimestamp(12)),
					row.getDate(14) == null ? null : row.getDate(14).toLocalDate());
		}).list());
		boolean hasNext = lines.size() > PAGE_SIZE;
		return new Page(hasNext ? lines.subList(0, PAGE_SIZE) : lines, query.page(), hasNext);
	}

	/**
	 * How a page is read.
	 */
	private enum Reading {

		/**
		 * Each programme in the page's order off an index, no further than the page reaches, merged.
		 */
		IN_ORDER,
		/**
		 * As {@link #IN_ORDER}, from the first to the last receipt number of a period.
		 */
		WITHIN_RECEIPT_BOUNDS,
		/**
		 * The receipt numbers of each programme's applications awaiting a decision, of every such status, in
		 * receipt order off one index ({@code V79__review_queue_awaiting_in_receipt_order.sql}) and no further
		 * than the page reaches, merged; then only the page's rows.
		 */
		AWAITING_IN_RECEIPT_ORDER,
		/**
		 * The receipt numbers of all matches from an index that holds what the filters and the order need, the
		 * page's sorted out of them; then only the page's rows.
		 */
		RECEIPTS_FIRST,
		/**
		 * All matching rows through their own index, then sorted.
		 */
		GATHERED

	}

	/**
	 * Matches that are few, or lie where an ordered index scan would reach them late, are found through the
	 * index of their filter: the planner cannot tell, as it takes them for evenly spread.
	 */
	private static Reading reading(Query query) {
		String text = query.text() == null ? "" : query.text().strip();
		String digits = text.replace("-", "");
		boolean period = query.submittedFrom() != null || query.submittedUntil() != null;
		if (text.length() >= TRIGRAM && !digits.matches("[0-9]{1,10}")) {
			return Reading.GATHERED;
		}
		if (digits.matches("[0-9]{2,10}")) {
			// two digits of a business number already leave one in a hundred
			return Reading.RECEIPTS_FIRST;
		}
		if (query.statuses().equals(AWAITING_DECISION) && query.sort() == Sort.RECEIPT && !period) {
			// overdue applications among them are the oldest, so that receipt order reaches them first
			return Reading.AWAITING_IN_RECEIPT_ORDER;
		}
		if (query.waiting() != null || onlyAwaitingDecision(query.statuses())) {
			// overdue applications are recent and few; those awaiting a decision are few among the decided ones,
			// mostly recent, and have indexes of their own
			return Reading.RECEIPTS_FIRST;
		}
		if (period) {
			boolean onlyWhatThePeriodIndexHolds = text.isEmpty() && query.region() == null && query.industry() == null
					&& query.assignee() == null && !query.unassigned();
			boolean orderedByTheIndex = query.sort() == Sort.NEWEST || query.sort() == Sort.OLDEST;
			if (onlyWhatThePeriodIndexHolds && !orderedByTheIndex) {
				return Reading.RECEIPTS_FIRST;
			}
			return query.sort() == Sort.RECEIPT ? Reading.WITHIN_RECEIPT_BOUNDS
					: query.sort() == Sort.WAITING_LONGEST ? Reading.GATHERED : Reading.IN_ORDER;
		}
		return Reading.IN_ORDER;
	}

	private static boolean onlyAwaitingDecision(Set<ApplicationStatus> statuses) {
		return !statuses.isEmpty() && statuses.stream().allMatch(AWAITING_DECISION::contains);
	}

	private static String period(Query query) {
		return (query.submittedFrom() == null ? "" : " and submitted_at >= :submittedFrom")
				+ (query.submittedUntil() == null ? "" : " and submitted_at < :submittedUntil");
	}

	private static String branch(int programme, String conditions, Sort sort) {
		return "select " + COLUMNS + " from guarantee_application where " + SUBMITTED + " and programme_code = :programme"
				+ programme + conditions + " order by " + (sort == Sort.WAITING_LONGEST
						? DECIDED_FIRST_KEY + ", last_action_at, receipt_number" : sort.orderBy);
	}

	private static String conditions(Query query, Map<String, Object> parameters) {
		StringBuilder sql = new StringBuilder();
		if (query.agreements() != null) {
			// an agency sees the applications of its own agreements only, also in a programme several agencies carry
			// one array parameter, however many agreements and however many times the branches name it
			sql.append(query.agreements().isEmpty() ? " and false" : " and agreement_code = any(:agreements)");
			parameters.put("agreements",
					query.agreements().stream().map(AgreementCode::value).sorted().toArray(String[]::new));
		}
		if (!query.statuses().isEmpty()) {
			// written out, not bound, as the index of those awaiting a decision is for these statuses only: the
			// planner then sees that it serves them, also in a generic plan
			sql.append(query.statuses()
				.stream()
				.map(status -> "'" + status.name() + "'")
				.sorted()
				.collect(Collectors.joining(", ", " and status in (", ")")));
		}
		String text = query.text() == null ? "" : query.text().strip();
		String digits = text.replace("-", "");
		if (!text.isEmpty() && digits.matches("[0-9]{1,10}")) {
			// a range rather than LIKE, so that the index serves it whatever the database's collation
			sql.append(" and business_number between :numberFrom and :numberTo");
			parameters.put("numberFrom", digits + "0".repeat(10 - digits.length()));
			parameters.put("numberTo", digits + "9".repeat(10 - digits.length()));
		}
		else if (!text.isEmpty()) {
			sql.append(" and company_name ilike :name escape '\\'");
			parameters.put("name", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (query.minAmount() != null) {
			sql.append(" and amount_won >= :minAmount");
			parameters.put("minAmount", query.minAmount().value());
		}
		if (query.maxAmount() != null) {
			sql.append(" and amount_won <= :maxAmount");
			parameters.put("maxAmount", query.maxAmount().value());
		}
		if (query.region() != null) {
			sql.append(" and region = :region");
			parameters.put("region", query.region().name());
		}
		if (query.industry() != null) {
			sql.append(" and industry_section = :industry");
			parameters.put("industry", query.industry().name());
		}
		sql.append(period(query));
		if (query.submittedFrom() != null) {
			parameters.put("submittedFrom", Timestamp.from(query.submittedFrom()));
		}
		if (query.submittedUntil() != null) {
			parameters.put("submittedUntil", Timestamp.from(query.submittedUntil()));
		}
		if (query.assignee() != null) {
			sql.append(" and assignee = :assignee");
			parameters.put("assignee", query.assignee());
		}
		else if (query.unassigned()) {
			sql.append(" and assignee is null");
		}
		if (query.waiting() != null) {
			if (query.waiting().statuses().isEmpty()) {
				sql.append(" and false");
			}
			else {
				// written out, not bound: the planner then knows how few applications wait, also in a generic plan
				sql.append(" and status in (")
					.append(query.waiting()
						.statuses()
						.stream()
						.map(status -> "'" + status.name() + "'")
						.sorted()
						.collect(Collectors.joining(", ")))
					.append(") and submitted_at < :waitingSince");
				parameters.put("waitingSince", Timestamp.from(query.waiting().submittedBefore()));
			}
		}
		return sql.toString();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
