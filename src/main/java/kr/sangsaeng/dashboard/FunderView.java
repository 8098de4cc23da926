package kr.sangsaeng.dashboard;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.company.RecommendationView;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.CapacityPosition;
import kr.sangsaeng.program.Contribution;
import kr.sangsaeng.shared.Won;

/**
 * What a funder's dashboard shows, of that funder only.
 *
 * @param contributions what it paid, agreement by agreement in the order received
 * @param backing each agreement it paid into, with what it paid there and the agreement's position
 * @param applications its suppliers' submitted applications by status, in the order of the statuses
 * @param pace won approved and paid out month by month, the oldest first and the current month last
 * @param waiting its recommendations that still stand and that no application carries yet, newest first
 */
public record FunderView(List<Contribution> contributions, List<Backing> backing, List<StatusCount> applications,
		List<MonthPace> pace, List<RecommendationView> waiting) {

	public StatusCount total() {
		return applications.stream()
			.reduce(new StatusCount(null, 0, Won.ZERO, Won.ZERO), (sum, count) -> new StatusCount(null,
					sum.applications() + count.applications(), sum.requested().plus(count.requested()),
					sum.approved().plus(count.approved())));
	}

	/**
	 * The years in which its contributions were received, the latest first: those its contribution statement covers.
	 */
	public List<Integer> contributionYears() {
		return contributions.stream()
			.map(contribution -> contribution.receivedOn().getYear())
			.distinct()
			.sorted(Comparator.reverseOrder())
			.toList();
	}

	/**
	 * @param contributed what the funder paid into the agreement, of every kind
	 */
	public record Backing(AgreementCode agreement, Won contributed, CapacityPosition position) {
	}

	public record StatusCount(ApplicationStatus status, long applications, Won requested, Won approved) {
	}

	public record MonthPace(YearMonth month, Won approved, Won disbursed) {
	}

}
