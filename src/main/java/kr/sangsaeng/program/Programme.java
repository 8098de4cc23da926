package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A win-win financing programme. Capacity, committed and disbursed amounts are read here but written only by
 * {@link CapacityLedger}, with atomic statements, so that editing a programme can never overwrite them.
 */
@Entity
@Table(name = "programme")
class Programme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(name = "name_ko", nullable = false)
	private String nameKo;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "description_ko", nullable = false)
	private String descriptionKo = "";

	@Column(name = "description_en", nullable = false)
	private String descriptionEn = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProgrammeStatus status = ProgrammeStatus.DRAFT;

	@Column(name = "capacity_won", nullable = false, insertable = false, updatable = false)
	private Won capacity = Won.ZERO;

	@Column(name = "committed_won", nullable = false, insertable = false, updatable = false)
	private Won committed = Won.ZERO;

	@Column(name = "disbursed_won", nullable = false, insertable = false, updatable = false)
	private Won disbursed = Won.ZERO;

	@Column(name = "intake_limit_percent")
	private Integer intakeLimitPercent;

	@Column(name = "intake_won", nullable = false, insertable = false, updatable = false)
	private Won intake = Won.ZERO;

	@Column(name = "min_loan_won", nullable = false)
	private Won minLoan = Won.ZERO;

	@Column(name = "max_loan_won", nullable = false)
	private Won maxLoan = Won.ZERO;

	@Column(name = "max_loan_lower_tier_won")
	private Won maxLoanLowerTier;

	@Column(name = "max_term_months", nullable = false)
	private int maxTermMonths = 12;

	@Column(name = "guarantee_ratio_percent", nullable = false)
	private BigDecimal guaranteeRatioPercent = BigDecimal.valueOf(85);

	@Column(name = "guarantee_fee_percent", nullable = false)
	private BigDecimal guaranteeFeePercent = BigDecimal.ONE;

	@Column(name = "guarantee_ratio_min_percent", nullable = false)
	private BigDecimal guaranteeRatioMinPercent = BigDecimal.valueOf(85);

	@Column(name = "guarantee_ratio_max_percent", nullable = false)
	private BigDecimal guaranteeRatioMaxPercent = BigDecimal.valueOf(85);

	@Column(name = "guarantee_fee_min_percent", nullable = false)
	private BigDecimal guaranteeFeeMinPercent = BigDecimal.ONE;

	@Column(name = "guarantee_fee_max_percent", nullable = false)
	private BigDecimal guaranteeFeeMaxPercent = BigDecimal.ONE;

	@Column(name = "fee_subsidy_percent", nullable = false)
	private BigDecimal feeSubsidyPercent = BigDecimal.ZERO;

	@Column(name = "rate_preference_points", nullable = false)
	private BigDecimal ratePreferencePoints = BigDecimal.ZERO;

	@Column(name = "four_eyes_threshold_won", nullable = false)
	private Won fourEyesThreshold = Won.ZERO;

	@Column(name = "window_opens_at")
	private Instant windowOpensAt;

	@Column(name = "window_closes_at")
	private Instant windowClosesAt;

	@Column(name = "partner_list_required", nullable = false)
	private boolean partnerListRequired;

	@ElementCollection
	@CollectionTable(name = "programme_industry", joinColumns = @JoinColumn(name = "programme_id"))
	@Column(name = "section")
	@Enumerated(EnumType.STRING)
	@Fetch(FetchMode.SUBSELECT)
	private Set<IndustrySection> allowedIndustries = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "programme_agency", joinColumns = @JoinColumn(name = "programme_id"))
	@Fetch(FetchMode.SUBSELECT)
	private Set<AgencyPart> agencies = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "programme_bank", joinColumns = @JoinColumn(name = "programme_id"))
	@Column(name = "bank_code")
	@Fetch(FetchMode.SUBSELECT)
	private Set<String> bankCodes = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "programme_funder", joinColumns = @JoinColumn(name = "programme_id"))
	@Fetch(FetchMode.SUBSELECT)
	private Set<FunderPart> funders = new LinkedHashSet<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Programme() {
	}

	Programme(ProgrammeCode code, ProgrammeDraft draft, Instant at) {
		this.code = code.value();
		this.createdAt = at;
		apply(draft, at);
	}

	@Embeddable
	record AgencyPart(@Column(name = "agency_code") String agencyCode, @Column(name = "lead") boolean lead) {
	}

	@Embeddable
	record FunderPart(@Column(name = "funder_code") String funderCode,
			@Column(name = "contribution_won") Won contribution, @Column(name = "position") int position) {
	}

	/**
	 * Takes over everything the administrator set; the code and the lead agency change only while the programme is a
	 * draft (its applications are reviewed and counted under the lead agency).
	 */
	void apply(ProgrammeDraft draft, Instant at) {
		if (status != ProgrammeStatus.DRAFT && !draft.agencyCodes().get(0).equals(leadAgencyCode())) {
			throw ProgrammeRuleException.onField("leadAgency", "programme.rule.leadAgencyFixed");
		}
		nameKo = draft.name().korean();
		nameEn = draft.name().english();
		descriptionKo = draft.description().korean();
		descriptionEn = draft.description().english();
		agencies.clear();
		for (int i = 0; i < draft.agencyCodes().size(); i++) {
			agencies.add(new AgencyPart(draft.agencyCodes().get(i), i == 0));
		}
		bankCodes.clear();
		bankCodes.addAll(draft.bankCodes());
		funders.clear();
		for (int i = 0; i < draft.funders().size(); i++) {
			ProgrammeDraft.FunderShare share = draft.funders().get(i);
			funders.add(new FunderPart(share.funderCode(), share.contribution(), i + 1));
		}
		ProgrammeTerms terms = draft.terms();
		minLoan = terms.minLoan();
		maxLoan = terms.maxLoan();
		maxLoanLowerTier = terms.maxLoanLowerTier();
		maxTermMonths = terms.maxTermMonths();
		guaranteeRatioPercent = terms.guaranteeRatio().value();
		guaranteeFeePercent = terms.guaranteeFee().value();
		guaranteeRatioMinPercent = terms.limits().minRatio().value();
		guaranteeRatioMaxPercent = terms.limits().maxRatio().value();
		guaranteeFeeMinPercent = terms.limits().minFee().value();
		guaranteeFeeMaxPercent = terms.limits().maxFee().value();
		feeSubsidyPercent = terms.feeSubsidy().value();
		ratePreferencePoints = terms.ratePreferencePoints();
		fourEyesThreshold = terms.fourEyesThreshold();
		windowOpensAt = terms.opensAt();
		windowClosesAt = terms.closesAt();
		partnerListRequired = terms.partnerListRequired();
		allowedIndustries.clear();
		allowedIndustries.addAll(terms.allowedIndustries().isEmpty() ? EnumSet.noneOf(IndustrySection.class)
				: EnumSet.copyOf(terms.allowedIndustries()));
		updatedAt = at;
	}

	private String leadAgencyCode() {
		return agencies.stream().filter(AgencyPart::lead).map(AgencyPart::agencyCode).findFirst().orElse(null);
	}

	void changeCode(ProgrammeCode newCode) {
		if (status != ProgrammeStatus.DRAFT) {
			throw ProgrammeRuleException.onField("code", "programme.rule.codeFixed");
		}
		code = newCode.value();
	}

	/**
	 * Moves the programme to {@code target} if its life allows it: draft → open → suspended ↔ open → closed.
	 */
	ProgrammeStatus moveTo(ProgrammeStatus target, Instant at) {
		if (!status.canMoveTo(target)) {
			throw new ProgrammeRuleException("programme.rule.transition." + status.name() + "." + target.name());
		}
		if (target == ProgrammeStatus.OPEN && status == ProgrammeStatus.DRAFT) {
			List<String> missing = new ArrayList<>();
			if (capacity.isZero()) {
				missing.add("capacity");
			}
			if (windowOpensAt == null || windowClosesAt == null) {
				missing.add("window");
			}
			if (maxLoan.isZero()) {
				missing.add("maxLoan");
			}
			if (!missing.isEmpty()) {
				throw new ProgrammeRuleException("programme.rule.incompleteForOpening");
			}
		}
		ProgrammeStatus previous = status;
		status = target;
		updatedAt = at;
		return previous;
	}

	/**
	 * Sets the intake limit as a percentage of the remaining capacity, or lifts it ({@code null}).
	 */
	void limitIntake(Integer percent, Instant at) {
		intakeLimitPercent = percent;
		updatedAt = at;
	}

	IntakePosition intakePosition() {
		return IntakePosition.of(intakeLimitPercent, intake, capacity.minusOrZero(committed));
	}

	Long id() {
		return id;
	}

	ProgrammeCode code() {
		return new ProgrammeCode(code);
	}

	LocalizedName name() {
		return new LocalizedName(nameKo, nameEn);
	}

	LocalizedName description() {
		return new LocalizedName(descriptionKo, descriptionEn);
	}

	ProgrammeStatus status() {
		return status;
	}

	Won capacity() {
		return capacity;
	}

	Won committed() {
		return committed;
	}

	Won disbursed() {
		return disbursed;
	}

	ProgrammeTerms terms() {
		return terms(allowedIndustries);
	}

	/**
	 * The terms with the industries given, as read before at this version.
	 */
	ProgrammeTerms terms(Set<IndustrySection> industries) {
		return new ProgrammeTerms(minLoan, maxLoan, maxLoanLowerTier, maxTermMonths,
				new Percentage(guaranteeRatioPercent), new Percentage(guaranteeFeePercent),
				new GuaranteeLimits(new Percentage(guaranteeRatioMinPercent), new Percentage(guaranteeRatioMaxPercent),
						new Percentage(guaranteeFeeMinPercent), new Percentage(guaranteeFeeMaxPercent)),
				new Percentage(feeSubsidyPercent), ratePreferencePoints, fourEyesThreshold, windowOpensAt,
				windowClosesAt, partnerListRequired, industries);
	}

	Set<IndustrySection> allowedIndustries() {
		return allowedIndustries;
	}

	Set<AgencyPart> agencies() {
		return agencies;
	}

	Set<String> bankCodes() {
		return bankCodes;
	}

	Set<FunderPart> funders() {
		return funders;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	long version() {
		return version;
	}

}
