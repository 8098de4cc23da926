package kr.sangsaeng.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ContributionKind;
import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Won;

/**
 * What one funder contributed in one calendar year (by the day each contribution was received), as its contribution
 * statement shows it.
 *
 * @param funderName the funding institution's name
 * @param funderBusinessNumber its business registration number, written with its dashes; {@code null} where unknown
 * @param issuedOn the day the statement is issued, in Seoul
 * @param lines the year's contributions, programme by programme and agreement by agreement in the order received
 */
public record ContributionStatement(FunderCode funder, LocalizedName funderName, String funderBusinessNumber, int year,
		LocalDate issuedOn, List<Line> lines) {

	public ContributionStatement {
		lines = List.copyOf(lines);
	}

	/**
	 * One contribution.
	 *
	 * @param multiple how many won of capacity one won of a special contribution backs; {@code null} for the other
	 *     kinds
	 * @param illustrative whether the figure is an example rather than a public one
	 */
	public record Line(AgreementCode agreement, LocalizedName programme, LocalizedName agency, ContributionKind kind,
			Won amount, LocalDate receivedOn, BigDecimal multiple, boolean illustrative) {
	}

	public boolean isEmpty() {
		return lines.isEmpty();
	}

	/**
	 * The year's total of each kind the funder contributed, in the order of the kinds.
	 */
	public Map<ContributionKind, Won> totalsByKind() {
		Map<ContributionKind, Won> totals = new LinkedHashMap<>();
		for (ContributionKind kind : ContributionKind.values()) {
			lines.stream()
				.filter(line -> line.kind() == kind)
				.map(Line::amount)
				.reduce(Won::plus)
				.ifPresent(total -> totals.put(kind, total));
		}
		return totals;
	}

	public Won total() {
		return lines.stream().map(Line::amount).reduce(Won.ZERO, Won::plus);
	}

	public boolean hasIllustrativeLines() {
		return lines.stream().anyMatch(Line::illustrative);
	}

}
