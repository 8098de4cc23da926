package kr.sangsaeng.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.sangsaeng.company.CompanyProfile;
import kr.sangsaeng.company.CompanyProfiles;
import kr.sangsaeng.company.PartnerRegistry;
import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.identity.Ownership;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.IntakePosition;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.program.ProgrammeTerms;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.Won;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides, before the SME types anything, whether it may apply to a programme: the company has proved its business
 * registration number (an unverified company may prepare a draft, but not submit it), the programme is open and in
 * its window, the company's profile is complete and its industry allowed, it is on a funder's partner list
 * where one is required, it has room under the per-SME cap, and capacity is left.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationEligibility {

	private final CompanyProfiles profiles;

	private final PartnerRegistry partners;

	private final GuaranteeApplicationRepository applications;

	private final Exposures exposures;

	private final Clock clock;

	ApplicationEligibility(CompanyProfiles profiles, PartnerRegistry partners,
			GuaranteeApplicationRepository applications, Exposures exposures, Clock clock) {
		this.profiles = profiles;
		this.partners = partners;
		this.applications = applications;
		this.exposures = exposures;
		this.clock = clock;
	}

	public Eligibility assess(Applicant applicant, ProgrammeSummary programme) {
		return assessment(applicant, programme).eligibility();
	}

	/**
	 * The assessment with what it read of the company, for a submission that records it.
	 */
	Assessment assessment(Applicant applicant, ProgrammeSummary programme) {
		ProgrammeTerms terms = programme.terms();
		Instant now = clock.instant();
		List<Eligibility.Check> checks = new ArrayList<>();

		checks.add(check("open", programme.status() == ProgrammeStatus.OPEN, label(programme.status().messageKey())));
		checks.add(check("window", terms.windowIncludes(now), orDash(terms.opensAt()), orDash(terms.closesAt())));

		Ownership ownership = profiles.ownership(applicant.organisationId());
		boolean verified = ownership == Ownership.VERIFIED;
		checks.add(check(ownership == Ownership.SUPERSEDED ? Eligibility.SUPERSEDED : Eligibility.VERIFIED, verified));

		Optional<CompanyProfile> profile = profiles.forOrganisation(applicant.organisationId());
		checks.add(check("profile", profile.isPresent()));
		if (profile.isPresent()) {
			checks.add(check("industry", terms.allowsIndustry(profile.get().industry()),
					label(profile.get().industry().messageKey())));
		}

		Map<String, PartnerTier> partnerships = partners
			.partnershipsOf(BusinessRegistrationNumber.parse(applicant.businessNumber()));
		int tier = bestTier(programme, partnerships);
		if (terms.partnerListRequired()) {
			// a claimed number is on the list, but the company counts as the funder's partner only once it is proved
			checks.add(verified || tier == 0 ? check("partner", tier > 0, tier) : check(Eligibility.PARTNER_CLAIMED, false));
		}

		Won cap = terms.maxLoanForTier(tier);
		Won exposure = exposures.inProgramme(applicant.organisationId(), programme.code());
		Won room = cap.minusOrZero(exposure);
		checks.add(check("cap", !room.isLessThan(terms.minLoan()) && !room.isZero(), cap, exposure, room));

		Won remaining = programme.remaining();
		checks.add(check("capacity", !remaining.isLessThan(terms.minLoan()) && !remaining.isZero(), remaining));

		List<AgreementOption> options = options(programme, profile, tier, exposure);
		List<AgreementOption> admitting = options.stream().filter(AgreementOption::admitted).toList();
		if (programme.offersChoiceOfAgreement()) {
			checks.add(check("agreement", !admitting.isEmpty()));
		}

		IntakePosition intake = programme.intake();
		if (intake.isLimited()) {
			checks.add(check("intake", intake.admits(terms.minLoan()), intake.room()));
		}

		Optional<ApplicationId> pending = applications
			.findPendingId(applicant.organisationId(), programme.code().value())
			.map(ApplicationId::new);
		checks.add(check("pending", pending.isEmpty()));

		Won largest = room.isLessThan(remaining) ? room : remaining;
		if (!admitting.isEmpty()) {
			largest = admitting.stream().map(AgreementOption::largestLoan).reduce(Won.ZERO,
					(one, other) -> one.isGreaterThan(other) ? one : other);
		}
		return new Assessment(new Eligibility(List.copyOf(checks), cap, exposure, largest, tier,
				pending.orElse(null), List.copyOf(options)), profile, partnerships);
	}

	/**
	 * An SME's eligibility with the company's profile and partnerships it was assessed on.
	 */
	record Assessment(Eligibility eligibility, Optional<CompanyProfile> profile,
			Map<String, PartnerTier> partnerships) {
	}

	/**
	 * An agreement admits the SME when its rule admits what the company's profile declares (any company, a
	 * technology firm, an exporter), the SME has room under the agreement's cap and the agreement has capacity left
	 * for the programme's smallest loan.
	 */
	private static List<AgreementOption> options(ProgrammeSummary programme, Optional<CompanyProfile> profile,
			int tier, Won exposure) {
		ProgrammeTerms terms = programme.terms();
		boolean technologyFirm = profile.map(CompanyProfile::technologyFirm).orElse(false);
		boolean exporter = profile.map(CompanyProfile::exporter).orElse(false);
		List<AgreementOption> options = new ArrayList<>();
		for (Agreement agreement : programme.agreements()) {
			Won cap = agreement.maxLoanForTier(tier, terms);
			Won room = cap.minusOrZero(exposure);
			Won left = agreement.remaining();
			Won largest = room.isLessThan(left) ? room : left;
			String refusal = null;
			List<Object> arguments = List.of();
			if (!agreement.admits(technologyFirm, exporter)) {
				refusal = agreement.eligibility().refusalKey();
			}
			else if (room.isZero() || room.isLessThan(terms.minLoan())) {
				refusal = "agreement.ineligible.cap";
				arguments = List.of(cap, exposure);
			}
			else if (left.isZero() || left.isLessThan(terms.minLoan())) {
				refusal = "agreement.ineligible.capacity";
				arguments = List.of(left);
			}
			options.add(new AgreementOption(agreement, refusal, arguments, cap, largest));
		}
		return options;
	}

	/**
	 * The programmes grouped by what the check says for the SME: those it can apply to first, then those it has
	 * applied to, those it could apply to later and those not for it.
	 */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public List<ProgrammeChoice> choices(Applicant applicant, List<ProgrammeSummary> programmes) {
		return programmes.stream().map(programme -> choice(assess(applicant, programme), programme))
			.sorted(java.util.Comparator.comparing(ProgrammeChoice::standing))
			.toList();
	}

	private static ProgrammeChoice choice(Eligibility eligibility, ProgrammeSummary programme) {
		List<Eligibility.Check> failed = eligibility.checks().stream().filter(check -> !check.passed()).toList();
		ProgrammeChoice.Standing standing;
		if (failed.isEmpty()) {
			standing = ProgrammeChoice.Standing.CAN_APPLY;
		}
		else if (failed.stream().anyMatch(check -> NOT_FOR_YOU.contains(check.key()))) {
			standing = ProgrammeChoice.Standing.NOT_FOR_YOU;
		}
		else if (eligibility.hasPending()) {
			standing = ProgrammeChoice.Standing.APPLIED;
		}
		else {
			standing = ProgrammeChoice.Standing.LATER;
		}
		return new ProgrammeChoice(programme, standing,
				failed.stream().filter(check -> !check.key().equals("pending")).toList());
	}

	/** Failed checks that the SME cannot change by waiting or by completing its profile. */
	private static final java.util.Set<String> NOT_FOR_YOU = java.util.Set.of("industry", "partner", "cap",
			"agreement");

	/**
	 * The SME's closest partner tier with any of the programme's funders, or 0 when it is on no list.
	 */
	private static int bestTier(ProgrammeSummary programme, Map<String, PartnerTier> partnerships) {
		return PartnerStanding.closest(programme, partnerships).map(standing -> standing.tier().number()).orElse(0);
	}

	private static Object label(String messageKey) {
		return new DefaultMessageSourceResolvable(messageKey);
	}

	private static Object orDash(Instant moment) {
		return moment == null ? "—" : moment;
	}

	private static Eligibility.Check check(String key, boolean passed, Object... arguments) {
		List<Object> values = new ArrayList<>();
		for (Object argument : arguments) {
			values.add(argument);
		}
		return new Eligibility.Check(key, passed, values);
	}

}
