package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Won;

/**
 * A programme as readers see it: who funds it, who guarantees, which banks lend, and how its capacity is used.
 */
public record ProgrammeSummary(ProgrammeCode code, LocalizedName name, LocalizedName description,
		ProgrammeStatus status, List<Participant> agencies, List<Participant> banks, List<Funder> funders,
		ProgrammeTerms terms, Won capacity, Won committed, Won disbursed, IntakePosition intake, Instant updatedAt, long version) {

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

	public boolean isLentBy(BankCode bankCode) {
		return banks.stream().anyMatch(bank -> bank.code().equals(bankCode.value()));
	}

}
