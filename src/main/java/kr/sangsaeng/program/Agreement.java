package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

/**
 * One agreement (협약) of a programme: the guarantee agency that carries it, the banks that lend under it, the funders
 * that contribute to it, whom it admits, its per-company caps and its own capacity.
 * <p>
 * Capacity is stated in the unit of its {@code funding}: in loan won (the loans the agreement may back, as the
 * programme's capacity always was), or in guarantee won; the other figure follows by the agreement's default
 * guarantee ratio. Committed amounts count in that unit, disbursed amounts in loan won.
 *
 * @param maxLoan the most one company may hold under it, or {@code null} for the programme's cap
 * @param maxLoanLowerTier the same for tier-2 and tier-3 partners, or {@code null} for the programme's
 * @param guaranteeRatio the share of a loan the agency guarantees by default
 */
public record Agreement(AgreementCode code, ProgrammeSummary.Participant agency, int position,
		AgreementEligibility eligibility, List<ProgrammeSummary.Participant> banks,
		List<ProgrammeSummary.Participant> funders, Won maxLoan, Won maxLoanLowerTier, Percentage guaranteeRatio,
		Won capacity, Won committed, Won disbursed, AgreementFunding funding, List<TermYear> termYears) {

	public Agreement {
		banks = List.copyOf(banks);
		funders = List.copyOf(funders);
		if (funding == null) {
			funding = AgreementFunding.NONE;
		}
		termYears = termYears == null ? List.of() : List.copyOf(termYears);
	}

	public Agreement(AgreementCode code, ProgrammeSummary.Participant agency, int position,
			AgreementEligibility eligibility, List<ProgrammeSummary.Participant> banks,
			List<ProgrammeSummary.Participant> funders, Won maxLoan, Won maxLoanLowerTier, Percentage guaranteeRatio,
			Won capacity, Won committed, Won disbursed, AgreementFunding funding) {
		this(code, agency, position, eligibility, banks, funders, maxLoan, maxLoanLowerTier, guaranteeRatio, capacity,
				committed, disbursed, funding, List.of());
	}

	public Agreement(AgreementCode code, ProgrammeSummary.Participant agency, int position,
			AgreementEligibility eligibility, List<ProgrammeSummary.Participant> banks,
			List<ProgrammeSummary.Participant> funders, Won maxLoan, Won maxLoanLowerTier, Percentage guaranteeRatio,
			Won capacity, Won committed, Won disbursed) {
		this(code, agency, position, eligibility, banks, funders, maxLoan, maxLoanLowerTier, guaranteeRatio, capacity,
				committed, disbursed, AgreementFunding.NONE);
	}

	/**
	 * The agreement's terms per guarantee year: its own schedule, or the programme's flat terms when it has none.
	 */
	public TermSchedule schedule(ProgrammeTerms programmeTerms) {
		return termYears.isEmpty() ? TermSchedule.flat(guaranteeRatio, programmeTerms) : new TermSchedule(termYears);
	}

	/**
	 * What a guarantee on {@code loan} over {@code termMonths} costs year by year at the agreement's terms.
	 */
	public YearlyCosts yearlyCosts(ProgrammeTerms programmeTerms, Won loan, int termMonths) {
		return schedule(programmeTerms).costFor(loan, termMonths);
	}

	/**
	 * The same for a guarantee approved at {@code ratio} and {@code feeRate}.
	 */
	public YearlyCosts yearlyCosts(ProgrammeTerms programmeTerms, Won loan, int termMonths, Percentage ratio,
			Percentage feeRate) {
		return approvedSchedule(programmeTerms, ratio, feeRate).costFor(loan, termMonths);
	}

	/**
	 * The agreement's terms per guarantee year for a guarantee approved at {@code ratio} and {@code feeRate}.
	 */
	public TermSchedule approvedSchedule(ProgrammeTerms programmeTerms, Percentage ratio, Percentage feeRate) {
		return schedule(programmeTerms).approved(guaranteeRatio, programmeTerms.guaranteeFee(), ratio, feeRate);
	}

	public AgencyCode agencyCode() {
		return new AgencyCode(agency.code());
	}

	public boolean isCarriedBy(AgencyCode agencyCode) {
		return agencyCode != null && agency.code().equals(agencyCode.value());
	}

	public Won remaining() {
		return capacity.minusOrZero(committed);
	}

	/**
	 * The loans the agreement may back: its capacity where it is stated in loan won, else its guarantee capacity
	 * divided by its default guarantee ratio, in whole won (rounded down).
	 */
	public Won loanCapacity() {
		if (funding.unit() == CapacityUnit.LOAN) {
			return capacity;
		}
		return Won.of(BigDecimal.valueOf(capacity.value())
			.multiply(BigDecimal.valueOf(100))
			.divide(guaranteeRatio.value(), 0, RoundingMode.DOWN)
			.longValueExact());
	}

	/**
	 * The guarantees the agreement may issue: its capacity where it is stated in guarantee won, else its loan
	 * capacity times its default guarantee ratio, in whole won (rounded down).
	 */
	public Won guaranteeCapacity() {
		return funding.unit() == CapacityUnit.GUARANTEE ? capacity : guaranteeRatio.of(capacity);
	}

	/**
	 * What the funders contributed to the agreement, of every kind.
	 */
	public Won contributed() {
		return funding.contributed();
	}

	public CapacityUnit capacityUnit() {
		return funding.unit();
	}

	public CapacityPosition capacityPosition() {
		return new CapacityPosition(capacity, committed, disbursed);
	}

	/**
	 * The most one company of this partner tier may hold under the agreement: its own cap where it has one, else
	 * the programme's.
	 */
	public Won maxLoanForTier(int tier, ProgrammeTerms programmeTerms) {
		Won programmeCap = programmeTerms.maxLoanForTier(tier);
		Won own = tier >= 2 && maxLoanLowerTier != null ? maxLoanLowerTier : maxLoan;
		return own == null || own.isGreaterThan(programmeCap) ? programmeCap : own;
	}

	public boolean isLentBy(BankCode bankCode) {
		return bankCode != null && banks.stream().anyMatch(bank -> bank.code().equals(bankCode.value()));
	}

	public boolean admits(boolean technologyFirm, boolean exporter) {
		return eligibility.admits(technologyFirm, exporter);
	}

}
