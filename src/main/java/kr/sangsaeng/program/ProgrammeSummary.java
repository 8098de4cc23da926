package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

/**
 * A programme as readers see it: who funds it, who guarantees, which banks lend, and how its capacity is used.
 * Its agreements, one per guarantee agency and the lead agency's first, each have their own banks, funders and
 * capacity; the programme's capacity, committed and disbursed amounts are their sums.
 */
public record ProgrammeSummary(ProgrammeCode code, LocalizedName name, LocalizedName description,
		ProgrammeStatus status, List<Participant> agencies, List<Participant> banks, List<Funder> funders,
		ProgrammeTerms terms, Won capacity, Won committed, Won disbursed, IntakePosition intake, Instant updatedAt,
		long version, List<Agreement> agreements) {

	public ProgrammeSummary {
		agreements = List.copyOf(agreements);
	}

	/**
	 * A guarantee agency or lending bank taking part in a programme.
	 */
	public record Participant(String code, LocalizedName name) {
	}

	/**
	 * A funder and, where recorded, its contribution.
	 */
	public record Funder(String code, LocalizedName name, Won contribution) {
	}

	public Won remaining() {
		return capacity.minusOrZero(committed);
	}

	/**
	 * Committed share of capacity, in percent.
	 */
	public BigDecimal utilisation() {
		return committed.percentOf(capacity);
	}

	/**
	 * The agency that leads the programme (listed first).
	 */
	public Participant leadAgency() {
		return agencies.isEmpty() ? new Participant("", new LocalizedName("", "")) : agencies.get(0);
	}

	/**
	 * Whether an SME may submit an application now: the programme is open and its window includes now.
	 */
	public boolean acceptsApplicationsAt(Instant moment) {
		return status == ProgrammeStatus.OPEN && terms.windowIncludes(moment);
	}

	public CapacityPosition position() {
		return new CapacityPosition(capacity, committed, disbursed);
	}

	public String nameIn(Locale locale) {
		return name.in(locale);
	}

	public boolean isGuaranteedBy(AgencyCode agencyCode) {
		return agencies.stream().anyMatch(agency -> agency.code().equals(agencyCode.value()));
	}

	/**
	 * The name of one of the programme's lending banks.
	 */
	public LocalizedName bankName(BankCode bankCode) {
		return banks.stream()
			.filter(bank -> bank.code().equals(bankCode.value()))
			.map(Participant::name)
			.findFirst()
			.orElse(new LocalizedName(bankCode.value(), bankCode.value()));
	}

	/**
	 * What a guarantee on {@code loan} over {@code termMonths} costs year by year under an agreement of the
	 * programme, or under its lead agreement when the code is not one of its.
	 */
	public YearlyCosts yearlyCosts(AgreementCode agreementCode, Won loan, int termMonths) {
		return agreementOrLead(agreementCode).map(agreement -> agreement.yearlyCosts(terms, loan, termMonths))
			.orElseGet(() -> TermSchedule.flat(terms.guaranteeRatio(), terms).costFor(loan, termMonths));
	}

	/**
	 * The same for a guarantee approved at {@code ratio} and {@code feeRate}.
	 */
	public YearlyCosts yearlyCosts(AgreementCode agreementCode, Won loan, int termMonths, Percentage ratio,
			Percentage feeRate) {
		return approvedSchedule(agreementCode, ratio, feeRate).costFor(loan, termMonths);
	}

	/**
	 * The terms per guarantee year of a guarantee approved at {@code ratio} and {@code feeRate} under an agreement of
	 * the programme, or under its lead agreement when the code is not one of its.
	 */
	public TermSchedule approvedSchedule(AgreementCode agreementCode, Percentage ratio, Percentage feeRate) {
		return agreementOrLead(agreementCode).map(agreement -> agreement.approvedSchedule(terms, ratio, feeRate))
			.orElseGet(() -> TermSchedule.flat(terms.guaranteeRatio(), terms)
				.approved(terms.guaranteeRatio(), terms.guaranteeFee(), ratio, feeRate));
	}

	/**
	 * The programme page's worked example under an agreement: its example loan over the programme's longest term.
	 */
	public YearlyCosts exampleCosts(Agreement agreement) {
		return agreement.yearlyCosts(terms, terms.exampleLoan(), terms.maxTermMonths());
	}

	private Optional<Agreement> agreementOrLead(AgreementCode agreementCode) {
		return agreementCode == null ? leadAgreement() : agreement(agreementCode).or(this::leadAgreement);
	}

	/**
	 * The agreement with this code, if it is one of the programme's.
	 */
	public Optional<Agreement> agreement(AgreementCode agreementCode) {
		return agreements.stream().filter(agreement -> agreement.code().equals(agreementCode)).findFirst();
	}

	/**
	 * The agreement named by a typed code, if it is one of the programme's.
	 */
	public Optional<Agreement> agreementNamed(String typed) {
		return AgreementCode.isWellFormed(typed) ? agreement(new AgreementCode(typed)) : Optional.empty();
	}

	/**
	 * The agreement of the lead agency, which takes the applications of a programme with only one.
	 */
	public Optional<Agreement> leadAgreement() {
		return agreements.stream().findFirst();
	}

	/**
	 * The agreements this agency carries in the programme (one at most).
	 */
	public List<Agreement> agreementsOf(AgencyCode agencyCode) {
		return agreements.stream().filter(agreement -> agreement.isCarriedBy(agencyCode)).toList();
	}

	/**
	 * Whether the SME picks an agreement: only when the programme has more than one.
	 */
	public boolean offersChoiceOfAgreement() {
		return agreements.size() > 1;
	}

	public boolean isFundedBy(FunderCode funderCode) {
		return funders.stream().anyMatch(funder -> funder.code().equals(funderCode.value()));
	}

	public boolean isLentBy(BankCode bankCode) {
		return banks.stream().anyMatch(bank -> bank.code().equals(bankCode.value()));
	}

}
