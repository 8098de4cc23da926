package kr.sangsaeng.applications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitted applications as agency staff look for them: by programme, status, company name or business number,
 * in receipt order (first come, first served), a page at a time.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationQueue {

	public static final int PAGE_SIZE = 25;

	private final JdbcClient jdbc;

	ApplicationQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What to look for. {@code programmes} limits the search to the programmes the asker may see; the other
	 * fields are optional.
	 *
	 * @param text part of the company name, or the first digits of its business number
	 * @param page zero-based
	 */
	public record Query(Collection<String> programmes, String programme, ApplicationStatus status, String text,
			int page) {
	}

	/**
	 * One line of the queue.
	 */
	public record Line(ApplicationId id, Long receiptNumber, String companyName, String businessNumber,
			String programmeCode, Won amount, ApplicationStatus status, Instant submittedAt) {

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
		if (query.programmes().isEmpty()) {
			return new Page(List.of(), 0, false);
		}
		StringBuilder sql = new StringBuilder("select id, receipt_number, company_name, business_number, programme_code, "
				+ "amount_won, status, submitted_at from guarantee_application where status <> 'DRAFT' "
				+ "and programme_code in (:programmes)");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programmes", query.programmes());
		if (query.programme() != null) {
			sql.append(" and programme_code = :programme");
			parameters.put("programme", query.programme());
		}
		if (query.status() != null) {
			sql.append(" and status = :status");
			parameters.put("status", query.status().name());
		}
		String text = query.text() == null ? "" : query.text().strip();
		String digits = text.replace("-", "");
		if (!text.isEmpty() && digits.matches("[0-9]{1,10}")) {
			sql.append(" and business_number like :digits");
			parameters.put("digits", digits + "%");
		}
		else if (!text.isEmpty()) {
			sql.append(" and company_name ilike :name escape '\\'");
			parameters.put("name", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		sql.append(" order by receipt_number nulls last, id limit :limit offset :offset");
		parameters.put("limit", PAGE_SIZE + 1);
		parameters.put("offset", (long) Math.max(0, query.page()) * PAGE_SIZE);
		List<Line> lines = new ArrayList<>(jdbc.sql(sql.toString())
			.params(parameters)
			.query((row, number) -> new Line(new ApplicationId(row.getLong(1)), (Long) row.getObject(2),
					row.getString(3), row.getString(4), row.getString(5), Won.of(row.getLong(6)),
					ApplicationStatus.valueOf(row.getString(7)),
					row.getTimestamp(8) == null ? null : row.getTimestamp(8).toInstant()))
			.list());
		boolean hasNext = lines.size() > PAGE_SIZE;
		return new Page(hasNext ? lines.subList(0, PAGE_SIZE) : lines, Math.max(0, query.page()), hasNext);
	}

	/**
	 * How many submitted applications of these programmes are in each status.
	 */
	public Map<ApplicationStatus, Long> countsByStatus(Collection<String> programmes) {
		Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
		if (programmes.isEmpty()) {
			return counts;
		}
		jdbc.sql("select status, count(*) from guarantee_application where status <> 'DRAFT' "
				+ "and programme_code in (:programmes) group by status")
			.param("programmes", programmes)
			.query((row, number) -> counts.put(ApplicationStatus.valueOf(row.getString(1)), row.getLong(2)))
			.list();
		return counts;
	}

}
