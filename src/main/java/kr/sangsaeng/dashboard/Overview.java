package kr.sangsaeng.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Won;

/**
 * How the programmes stand at {@code generatedAt}: each published programme, all of them together, and the last
 * weeks' activity.
 */
public record Overview(Instant generatedAt, List<Figures> programmes, Figures total, List<Week> weeks) {

	/**
	 * Statuses of applications that were submitted; drafts are the SMEs' own business.
	 */
	public static final List<ApplicationStatus> SUBMITTED_STATUSES = Arrays.stream(ApplicationStatus.values())
		.filter(status -> status != ApplicationStatus.DRAFT)
		.toList();

	/**
	 * Approved, whatever became of the loan since (a cancelled loan was approved first).
	 */
	static final Set<ApplicationStatus> APPROVED_OR_LATER = EnumSet.of(ApplicationStatus.APPROVED,
			ApplicationStatus.DISBURSING, ApplicationStatus.ACTIVE, ApplicationStatus.REPAID,
			ApplicationStatus.DEFAULTED, ApplicationStatus.CANCELLED);

	/**
	 * A programme's figures, or the total of all programmes ({@code code} empty). {@code disbursedOpen} is what was
	 * paid out of guarantees still holding capacity; {@code disbursed} also counts loans since repaid. Medians are
	 * in days, {@code null} while nothing was measured.
	 */
	public record Figures(String code, LocalizedName name, Won capacity, Won committed, Won disbursed,
			Won disbursedOpen, Map<ApplicationStatus, Long> applications, BigDecimal medianDaysToDecision,
			BigDecimal medianDaysToFirstDisbursement, List<Agreement> agreements) {

		/**
		 * Figures without agreements: those of all programmes together.
		 */
		public Figures(String code, LocalizedName name, Won capacity, Won committed, Won disbursed,
				Won disbursedOpen, Map<ApplicationStatus, Long> applications, BigDecimal medianDaysToDecision,
				BigDecimal medianDaysToFirstDisbursement) {
			this(code, name, capacity, committed, disbursed, disbursedOpen, applications, medianDaysToDecision,
					medianDaysToFirstDisbursement, List.of());
		}

		public Figures {
			agreements = List.copyOf(agreements);
			Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
			SUBMITTED_STATUSES.forEach(status -> counts.put(status, 0L));
			applications.forEach((status, count) -> {
				if (status != ApplicationStatus.DRAFT) {
					counts.put(status, count);
				}
			});
			applications = Collections.unmodifiableMap(counts);
		}

		public boolean isTotal() {
			return code.isEmpty();
		}

		public Won remaining() {
			return capacity.minusOrZero(committed);
		}

		/**
		 * Committed share of capacity, in percent with one decimal.
		 */
		public BigDecimal utilisation() {
			return committed.percentOf(capacity);
		}

		/**
		 * Guaranteed but not paid out yet: with {@code disbursedOpen} and {@code remaining} it makes up the
		 * capacity.
		 */
		public Won committedNotDisbursed() {
			return committed.minusOrZero(disbursedOpen);
		}

		public long submitted() {
			return applications.values().stream().mapToLong(Long::longValue).sum();
		}

		public long count(ApplicationStatus status) {
			return applications.getOrDefault(status, 0L);
		}

		public long approved() {
			return APPROVED_OR_LATER.stream().mapToLong(this::count).sum();
		}

		public long rejected() {
			return count(ApplicationStatus.REJECTED);
		}

		public long decided() {
			return approved() + rejected();
		}

		/**
		 * Approved share of decided applications, in percent with one decimal; {@code null} before any decision.
		 */
		public BigDecimal approvalRate() {
			if (decided() == 0) {
				return null;
			}
			return BigDecimal.valueOf(approved())
				.multiply(BigDecimal.valueOf(100))
				.divide(BigDecimal.valueOf(decided()), 1, RoundingMode.HALF_UP);
		}

	}

	/**
	 * One week (Monday to Sunday, Korean time): applications submitted, guarantees issued and the won paid out
	 * less reversals, which a week of corrections can make negative.
	 */
	public record Week(LocalDate startsOn, long applicationsSubmitted, long guaranteesIssued, long netDisbursedWon) {

		public boolean disbursedNegative() {
			return netDisbursedWon < 0;
		}

		public Won disbursedAmount() {
			return Won.of(Math.abs(netDisbursedWon));
		}

	}

}
