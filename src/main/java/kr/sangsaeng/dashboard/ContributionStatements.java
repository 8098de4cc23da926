package kr.sangsaeng.dashboard;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.Contribution;
import kr.sangsaeng.program.Contributions;
import kr.sangsaeng.program.Institutions;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.SeoulTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A funder's contribution statement for a calendar year: what it paid that year, to which agreement, programme and
 * agency, with the totals. A statement is issued for any year from {@value #FIRST_YEAR} to the current one; a year
 * without contributions gives a statement that says so.
 */
@Service
public class ContributionStatements {

	/** The earliest year a statement covers. */
	public static final int FIRST_YEAR = 2000;

	private final Contributions contributions;

	private final ProgrammeCatalogue catalogue;

	private final Institutions institutions;

	private final Clock clock;

	ContributionStatements(Contributions contributions, ProgrammeCatalogue catalogue, Institutions institutions,
			Clock clock) {
		this.contributions = contributions;
		this.catalogue = catalogue;
		this.institutions = institutions;
		this.clock = clock;
	}

	/**
	 * Whether a statement may be issued for the year: none before {@value #FIRST_YEAR} or after this year.
	 */
	public boolean isIssuable(int year) {
		return year >= FIRST_YEAR && year <= thisYear();
	}

	/**
	 * The latest year a statement covers: the current one, in Seoul.
	 */
	public int thisYear() {
		return SeoulTime.today(clock).getYear();
	}

	/**
	 * @throws UnissuableYearException for a year outside {@link #isIssuable(int)}
	 */
	@Transactional(readOnly = true)
	public ContributionStatement of(FunderCode funder, int year) {
		if (!isIssuable(year)) {
			throw new UnissuableYearException(year);
		}
		Map<AgreementCode, ProgrammeSummary> programmes = new HashMap<>();
		catalogue.all()
			.forEach(programme -> programme.agreements()
				.forEach(agreement -> programmes.put(agreement.code(), programme)));
		List<ContributionStatement.Line> lines = contributions.of(funder)
			.stream()
			.filter(contribution -> contribution.receivedOn().getYear() == year)
			.map(contribution -> line(contribution, programmes.get(contribution.agreement())))
			.toList();
		LocalizedName name = institutions.funder(funder.value())
			.map(Institutions.Institution::name)
			.orElse(new LocalizedName(funder.value(), funder.value()));
		String businessNumber = institutions.funderBusinessNumber(funder.value())
			.map(BusinessRegistrationNumber::formatted)
			.orElse(null);
		return new ContributionStatement(funder, name, businessNumber, year, SeoulTime.today(clock), lines);
	}

	private static ContributionStatement.Line line(Contribution contribution, ProgrammeSummary programme) {
		String code = contribution.agreement().value();
		LocalizedName unknown = new LocalizedName(code, code);
		LocalizedName agency = programme == null ? unknown
				: programme.agreement(contribution.agreement())
					.map(agreement -> agreement.agency().name())
					.orElse(unknown);
		return new ContributionStatement.Line(contribution.agreement(), programme == null ? unknown : programme.name(),
				agency, contribution.kind(), contribution.amount(), contribution.receivedOn(), contribution.multiple(),
				contribution.illustrative());
	}

	/**
	 * No statement is issued for the year.
	 */
	public static class UnissuableYearException extends RuntimeException {

		private final int year;

		UnissuableYearException(int year) {
			super("No contribution statement is issued for " + year);
			this.year = year;
		}

		public int year() {
			return year;
		}

	}

}
