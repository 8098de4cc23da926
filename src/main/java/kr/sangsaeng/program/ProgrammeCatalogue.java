package kr.sangsaeng.program;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

	private final JdbcClient jdbc;

	/** The institutions' names: reference data that only migrations change, so read once. */
	private volatile Names names;

	/**
	 * What each programme was set up with (agencies, banks, funders, industries) as of its version: any change an
	 * administrator makes gives the programme a new version, read with the programme's row on every catalogue read.
	 */
	private final Map<Long, SetUp> setUps = new ConcurrentHashMap<>();

	private final Map<Long, TermYearsAtVersion> termYears = new ConcurrentHashMap<>();

	ProgrammeCatalogue(ProgrammeRepository programmes, GuaranteeAgencyRepository agencies,
			LendingBankRepository banks, FundingInstitutionRepository funders, JdbcClient jdbc) {
		this.programmes = programmes;
		this.agencies = agencies;
		this.banks = banks;
		this.funders = funders;
		this.jdbc = jdbc;
	}

	/**
	 * Every programme that is not a draft, in the order they were set up.
	 */
	public List<ProgrammeSummary> published() {
		return summarise(programmes.findPublished());
	}

	public Optional<ProgrammeSummary> findPublished(ProgrammeCode code) {
		return find(code).filter(programme -> programme.status() != ProgrammeStatus.DRAFT);
	}

	/**
	 * Every programme, drafts included, for administrators.
	 */
	public List<ProgrammeSummary> all() {
		return summarise(programmes.findAllInOrder());
	}

	/**
	 * A programme in any status, drafts included.
	 */
	public Optional<ProgrammeSummary> find(ProgrammeCode code) {
		return programmes.findByCode(code.value()).map(programme -> summarise(List.of(programme)).get(0));
	}

	/**
	 * The names of the given programmes (any status), by code, without reading their set-up: for labels that only
	 * name a programme. Codes that name no programme are left out.
	 */
	public Map<String, LocalizedName> namesOf(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		Map<String, LocalizedName> found = new HashMap<>();
		jdbc.sql("select code, name_ko, name_en from programme where code = any(:codes)")
			.param("codes", codes.toArray(String[]::new))
			.query((row, number) -> found.put(row.getString("code"),
					new LocalizedName(row.getString("name_ko"), row.getString("name_en"))))
			.list();
		return found;
	}

	/**
	 * The name of the agency that carries an agreement, where the agreement's programme offers a choice of
	 * agreements (a programme with one agreement leaves its agency unsaid), without reading the programme's set-up.
	 */
	public Optional<LocalizedName> agencyOfChosenAgreement(AgreementCode agreementCode) {
		return jdbc.sql("select a.agency_code from agreement a where a.code = :code and exists "
				+ "(select 1 from agreement other where other.programme_id = a.programme_id and other.id <> a.id)")
			.param("code", agreementCode.value())
			.query(String.class)
			.optional()
			.map(names()::agency);
	}

	/**
	 * The total capacity of the published programmes.
	 */
	public Won totalCapacity() {
		return published().stream().map(ProgrammeSummary::capacity).reduce(Won.ZERO, Won::plus);
	}

	/**
	 * The programmes with their agreements, read in one query whatever their number.
	 */
	private List<ProgrammeSummary> summarise(List<Programme> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Names names = names();
		Map<Long, List<Agreement>> agreements = agreements(found, names);
		return found.stream()
			.map(programme -> summarise(programme, names, agreements.getOrDefault(programme.id(), List.of())))
			.toList();
	}

	private Map<Long, List<Agreement>> agreements(List<Programme> found, Names names) {
		Map<Long, List<Agreement>> byProgramme = new HashMap<>();
		List<Long> programmeIds = found.stream().map(Programme::id).toList();
		Map<String, List<TermYear>> termYears = termYears(found);
		jdbc.sql("select a.programme_id, a.code, a.agency_code, a.position, a.eligibility, a.max_loan_won, "
				+ "a.max_loan_lower_tier_won, a.guarantee_ratio_percent, a.capacity_won, a.committed_won, "
				+ "a.disbursed_won, "
				+ "(select string_agg(b.bank_code, ',' order by b.bank_code) from agreement_bank b "
				+ "where b.agreement_id = a.id), "
				+ "(select string_agg(f.funder_code, ',' order by f.position, f.funder_code) from agreement_funder f "
				+ "where f.agreement_id = a.id), "
				+ "a.capacity_unit, a.capacity_source, "
				+ "(select coalesce(sum(c.amount_won), 0) from agreement_contribution c where c.agreement_id = a.id), "
				+ "a.fee_support_won, a.fee_support_drawn_won, a.interest_subsidy_won, a.interest_subsidy_drawn_won "
				+ "from agreement a where a.programme_id in (:programmes) order by a.programme_id, a.position, a.agency_code")
			.param("programmes", programmeIds)
			.query((row, number) -> {
				long maxLoan = row.getLong(6);
				Won cap = row.wasNull() ? null : Won.of(maxLoan);
				long maxLoanLowerTier = row.getLong(7);
				Won lowerTierCap = row.wasNull() ? null : Won.of(maxLoanLowerTier);
				String agency = row.getString(3);
				Agreement agreement = new Agreement(new AgreementCode(row.getString(2)),
						new ProgrammeSummary.Participant(agency, names.agency(agency)), row.getInt(4),
						AgreementEligibility.valueOf(row.getString(5)),
						codes(row.getString(12)).stream()
							.map(code -> new ProgrammeSummary.Participant(code, names.bank(code)))
							.toList(),
						codes(row.getString(13)).stream()
							.map(code -> new ProgrammeSummary.Participant(code, names.funder(code)))
							.toList(),
						cap, lowerTierCap, new Percentage(row.getBigDecimal(8)), Won.of(row.getLong(9)),
						Won.of(row.getLong(10)), Won.of(row.getLong(11)),
						new AgreementFunding(CapacityUnit.valueOf(row.getString(14)),
								CapacitySource.valueOf(row.getString(15)), Won.of(row.getLong(16)),
								new Pot(Won.of(row.getLong(17)), Won.of(row.getLong(18))),
								new Pot(Won.of(row.getLong(19)), Won.of(row.getLong(20)))),
						termYears.getOrDefault(row.getString(2), List.of()));
				byProgramme.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(agreement);
				return agreement;
			})
			.list();
		return byProgramme;
	}

	/**
	 * The agreements' yearly terms, by agreement code, as of each programme's version: an administrator's change of a
	 * schedule gives its programme a new version, so they are read again only then.
	 */
	private Map<String, List<TermYear>> termYears(List<Programme> found) {
		Map<String, List<TermYear>> byAgreement = new HashMap<>();
		List<Programme> stale = new ArrayList<>();
		for (Programme programme : found) {
			TermYearsAtVersion known = termYears.get(programme.id());
			if (known != null && known.version() == programme.version()) {
				byAgreement.putAll(known.byAgreement());
			}
			else {
				stale.add(programme);
			}
		}
		if (stale.isEmpty()) {
			return byAgreement;
		}
		Map<Long, Map<String, List<TermYear>>> read = new HashMap<>();
		jdbc.sql("select a.programme_id, a.code, t.from_year, t.to_year, t.guarantee_ratio_percent, t.fee_percent, "
				+ "t.funders_fee_share_percent, t.rate_preference_points, t.fee_support_cap_won, "
				+ "t.interest_subsidy_cap_won, t.illustrative from agreement_term_year t "
				+ "join agreement a on a.id = t.agreement_id where a.programme_id in (:programmes) "
				+ "order by a.code, t.from_year")
			.param("programmes", stale.stream().map(Programme::id).toList())
			.query((row, number) -> {
				int toYear = row.getInt(4);
				Integer openEnd = row.wasNull() ? null : toYear;
				long feeCap = row.getLong(9);
				Won feeSupportCap = row.wasNull() ? null : Won.of(feeCap);
				long interestCap = row.getLong(10);
				Won interestSubsidyCap = row.wasNull() ? null : Won.of(interestCap);
				TermYear year = new TermYear(row.getInt(3), openEnd, new Percentage(row.getBigDecimal(5)),
						new Percentage(row.getBigDecimal(6)), new Percentage(row.getBigDecimal(7)),
						row.getBigDecimal(8), feeSupportCap, interestSubsidyCap, row.getBoolean(11));
				read.computeIfAbsent(row.getLong(1), id -> new HashMap<>())
					.computeIfAbsent(row.getString(2), code -> new ArrayList<>())
					.add(year);
				return year;
			})
			.list();
		for (Programme programme : stale) {
			Map<String, List<TermYear>> ofProgramme = read.getOrDefault(programme.id(), Map.of());
			byAgreement.putAll(ofProgramme);
			TermYearsAtVersion known = new TermYearsAtVersion(programme.version(), Map.copyOf(ofProgramme));
			onceCommitted(() -> termYears.merge(programme.id(), known, TermYearsAtVersion::newer));
		}
		return byAgreement;
	}

	private static List<String> codes(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
	}

	private ProgrammeSummary summarise(Programme programme, Names names, List<Agreement> agreements) {
		SetUp setUp = setUps.get(programme.id());
		if (setUp == null || setUp.version() != programme.version()) {
			SetUp read = setUp(programme, names);
			onceCommitted(() -> setUps.merge(programme.id(), read, SetUp::newer));
			setUp = read;
		}
		return new ProgrammeSummary(programme.code(), programme.name(), programme.description(), programme.status(),
				setUp.agencies(), setUp.banks(), setUp.funders(), programme.terms(setUp.industries()),
				programme.capacity(), programme.committed(), programme.disbursed(), programme.intakePosition(),
				programme.updatedAt(), programme.version(), agreements);
	}

	private static SetUp setUp(Programme programme, Names names) {
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
		return new SetUp(programme.version(), leadFirst, lendingBanks, contributors,
				Set.copyOf(programme.allowedIndustries()));
	}

	/**
	 * Runs {@code keep} once what the transaction read is known to have been committed: at once in a transaction
	 * that only reads, after the commit in one that writes, since a programme it changed may still roll back (and
	 * its version then be given to another change).
	 */
	private static void onceCommitted(Runnable keep) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			keep.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				keep.run();
			}

		});
	}

	private record TermYearsAtVersion(long version, Map<String, List<TermYear>> byAgreement) {

		TermYearsAtVersion newer(TermYearsAtVersion other) {
			return other.version() >= version ? other : this;
		}

	}

	private record SetUp(long version, List<ProgrammeSummary.Participant> agencies,
			List<ProgrammeSummary.Participant> banks, List<ProgrammeSummary.Funder> funders,
			Set<IndustrySection> industries) {

		SetUp newer(SetUp other) {
			return other.version() >= version ? other : this;
		}

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
