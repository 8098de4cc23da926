package kr.sangsaeng.program;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Won;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads programmes for the catalogue, the home pages, the open-data API and other modules.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeCatalogue {

	private final ProgrammeRepository programmes;

	private final GuaranteeAgencyRepository agencies;

	private final LendingBankRepository banks;

	private final FundingInstitutionRepository funders;

	/** The institutions' names: reference data that only migrations change, so read once. */
	private volatile Names names;

	ProgrammeCatalogue(ProgrammeRepository programmes, GuaranteeAgencyRepository agencies,
			LendingBankRepository banks, FundingInstitutionRepository funders) {
		this.programmes = programmes;
		this.agencies = agencies;
		this.banks = banks;
		this.funders = funders;
	}

	/**
	 * Every programme that is not a draft, in the order they were set up.
	 */
	public List<ProgrammeSummary> published() {
		Names names = names();
		return programmes.findPublished().stream().map(programme -> summarise(programme, names)).toList();
	}

	public Optional<ProgrammeSummary> findPublished(ProgrammeCode code) {
		return find(code).filter(programme -> programme.status() != ProgrammeStatus.DRAFT);
	}

	/**
	 * Every programme, drafts included, for administrators.
	 */
	public List<ProgrammeSummary> all() {
		Names names = names();
		return programmes.findAllInOrder().stream().map(programme -> summarise(programme, names)).toList();
	}

	/**
	 * A programme in any status, drafts included.
	 */
	public Optional<ProgrammeSummary> find(ProgrammeCode code) {
		return programmes.findByCode(code.value()).map(programme -> summarise(programme, names()));
	}

	/**
	 * The total capacity of the published programmes.
	 */
	public Won totalCapacity() {
		return published().stream().map(ProgrammeSummary::capacity).reduce(Won.ZERO, Won::plus);
	}

	private ProgrammeSummary summarise(Programme programme, Names names) {
		List<ProgrammeSummary.Participant> leadFirst = programme.agencies()
			.stream()
			.sorted(Comparator.comparing((Programme.AgencyPart part) -> !part.lead())
				.thenComparing(Programme.AgencyPart::agencyCode))
			.map(part -> new ProgrammeSummary.Participant(part.agencyCode(), names.agency(part.agencyCode())))
			.toList();
		List<ProgrammeSummary.Participant> lendingBanks = programme.bankCodes()
			.stream()
			.sorted()
			.map(code -> new ProgrammeSummary.Participant(code, names.bank(code)))
			.toList();
		List<ProgrammeSummary.Funder> contributors = programme.funders()
			.stream()
			.sorted(Comparator.comparingInt(Programme.FunderPart::position).thenComparing(Programme.FunderPart::funderCode))
			.map(part -> new ProgrammeSummary.Funder(part.funderCode(), names.funder(part.funderCode()),
					part.contribution()))
			.toList();
		return new ProgrammeSummary(programme.code(), programme.name(), programme.description(), programme.status(),
				leadFirst, lendingBanks, contributors, programme.terms(), programme.capacity(), programme.committed(),
				programme.disbursed(), programme.intakePosition(), programme.updatedAt(), programme.version());
	}

	private Names names() {
		Names known = names;
		if (known == null) {
			known = new Names(byCode(agencies.findAll()), byCode(banks.findAll()), byCode(funders.findAll()));
			names = known;
		}
		return known;
	}

	private static Map<String, LocalizedName> byCode(List<? extends NamedInstitution> institutions) {
		return institutions.stream().collect(Collectors.toMap(NamedInstitution::code, NamedInstitution::name));
	}

	private record Names(Map<String, LocalizedName> agencies, Map<String, LocalizedName> banks,
			Map<String, LocalizedName> funders) {

		LocalizedName agency(String code) {
			return agencies.getOrDefault(code, new LocalizedName(code, code));
		}

		LocalizedName bank(String code) {
			return banks.getOrDefault(code, new LocalizedName(code, code));
		}

		LocalizedName funder(String code) {
			return funders.getOrDefault(code, new LocalizedName(code, code));
		}

	}

}
