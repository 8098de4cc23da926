package kr.sangsaeng.company;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.company.internal.PartnerLists;
import kr.sangsaeng.company.internal.PartnerNotListedException;
import kr.sangsaeng.company.internal.RecommendationLetter;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.StoredDocument;
import kr.sangsaeng.shared.Won;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funders' recommendations (추천): a funder recommends an SME of its partner list for an agreement it funds, at a
 * tier and up to an amount, until a date; the SME's next application under that agreement carries it; the funder may
 * withdraw one that no approved application uses.
 */
@Service
public class Recommendations {

	/** The furthest ahead a recommendation may stay valid. */
	public static final int LONGEST_VALIDITY_DAYS = 366;

	private final RecommendationRepository recommendations;

	private final PartnerLists lists;

	private final ProgrammeCatalogue catalogue;

	private final ApprovedApplications approved;

	private final RecommendationLetter letters;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Recommendations(RecommendationRepository recommendations, PartnerLists lists, ProgrammeCatalogue catalogue,
			ApprovedApplications approved, RecommendationLetter letters, ApplicationEventPublisher events,
			Clock clock) {
		this.letters = letters;
		this.recommendations = recommendations;
		this.lists = lists;
		this.catalogue = catalogue;
		this.approved = approved;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A funder's recommendations, newest first.
	 */
	@Transactional(readOnly = true)
	public List<RecommendationView> of(FunderCode funder) {
		return recommendations.findByFunder(funder.value()).stream().map(Recommendation::toView).toList();
	}

	/**
	 * @throws RecommendationNotFoundException when the funder has no recommendation of that id
	 */
	@Transactional(readOnly = true)
	public RecommendationView one(FunderCode funder, long id) {
		return recommendations.findOwn(id, funder.value())
			.map(Recommendation::toView)
			.orElseThrow(RecommendationNotFoundException::new);
	}

	/**
	 * The agreements a funder may recommend for: those of every programme that it funds.
	 */
	@Transactional(readOnly = true)
	public List<Agreement> agreementsOf(FunderCode funder) {
		return catalogue.all()
			.stream()
			.flatMap(programme -> programme.agreements().stream())
			.filter(agreement -> funds(agreement, funder))
			.toList();
	}

	/**
	 * @throws RecommendationRuleException on the field at fault: {@code businessNumber} when the SME is not on the
	 * funder's list, {@code agreementCode} when the funder does not fund the agreement, {@code amount} above the
	 * agreement's cap for the tier, {@code validUntil} in the past or more than a year ahead
	 */
	@Transactional
	public RecommendationView recommend(FunderCode funder, BusinessRegistrationNumber number, AgreementCode agreementCode,
			PartnerTier tier, Won amount, LocalDate validUntil, String by) {
		String companyName;
		try {
			companyName = lists.partner(funder.value(), number).companyName();
		}
		catch (PartnerNotListedException notListed) {
			throw new RecommendationRuleException("businessNumber", "recommendation.error.notListed");
		}
		ProgrammeSummary programme = catalogue.all()
			.stream()
			.filter(candidate -> candidate.agreement(agreementCode).filter(found -> funds(found, funder)).isPresent())
			.findFirst()
			.orElseThrow(() -> new RecommendationRuleException("agreementCode", "recommendation.error.agreement"));
		Agreement agreement = programme.agreement(agreementCode).orElseThrow();
		Won cap = agreement.maxLoanForTier(tier.number(), programme.terms());
		if (amount.isZero() || amount.isGreaterThan(cap)) {
			throw new RecommendationRuleException("amount", "recommendation.error.amount", cap);
		}
		LocalDate today = SeoulTime.today(clock);
		if (validUntil.isBefore(today) || validUntil.isAfter(today.plusDays(LONGEST_VALIDITY_DAYS))) {
			throw new RecommendationRuleException("validUntil", "recommendation.error.validUntil", today,
					today.plusDays(LONGEST_VALIDITY_DAYS));
		}
		Recommendation recommendation = recommendations.saveAndFlush(new Recommendation(funder.value(),
				number.digits(), companyName, programme.code().value(), agreementCode.value(), tier.number(), amount,
				validUntil, by, clock.instant()));
		RecommendationView issued = recommendation.toView();
		events.publishEvent(new RecommendationChanged(issued, RecommendationChanged.Change.ISSUED, by, clock.instant()));
		return issued;
	}

	/**
	 * Withdraws a recommendation that no approved application uses; withdrawing it again changes nothing.
	 *
	 * @throws RecommendationNotFoundException when the funder has no recommendation of that id
	 * @throws RecommendationRuleException {@code recommendation.error.used} when an approved application uses it
	 */
	@Transactional
	public RecommendationView withdraw(FunderCode funder, long id, String by) {
		Recommendation recommendation = recommendations.findOwnForUpdate(id, funder.value())
			.orElseThrow(RecommendationNotFoundException::new);
		if (recommendation.isWithdrawn()) {
			return recommendation.toView();
		}
		if (recommendation.applicationId() != null
				&& approved.wasApproved(new ApplicationId(recommendation.applicationId()))) {
			throw new RecommendationRuleException(null, "recommendation.error.used");
		}
		recommendation.withdraw(by, clock.instant());
		recommendations.flush();
		RecommendationView withdrawn = recommendation.toView();
		events.publishEvent(
				new RecommendationChanged(withdrawn, RecommendationChanged.Change.WITHDRAWN, by, clock.instant()));
		return withdrawn;
	}

	/**
	 * Whether a funder may still withdraw the recommendation.
	 */
	@Transactional(readOnly = true)
	public boolean withdrawable(RecommendationView recommendation) {
		return !recommendation.withdrawn() && (recommendation.applicationId() == null
				|| !approved.wasApproved(new ApplicationId(recommendation.applicationId())));
	}

	/**
	 * Attaches the SME's newest valid recommendation for the agreement to its application, as it is submitted; one
	 * in the same transaction as the submission.
	 */
	@Transactional
	public Optional<RecommendationView> attach(ApplicationId application, BusinessRegistrationNumber number,
			AgreementCode agreement, String by) {
		Optional<Recommendation> first = recommendations
			.findCarriedOrWaiting(application.value(), number.digits(), agreement.value(), SeoulTime.today(clock))
			.stream()
			.findFirst();
		if (first.isPresent() && Long.valueOf(application.value()).equals(first.get().applicationId())) {
			return first.map(Recommendation::toView);
		}
		Optional<Recommendation> waiting = first;
		waiting.ifPresent(found -> {
			found.attachTo(application.value());
			recommendations.flush();
			events.publishEvent(new RecommendationChanged(found.toView(), RecommendationChanged.Change.ATTACHED, by,
					clock.instant()));
		});
		return waiting.map(Recommendation::toView);
	}

	/**
	 * The recommendation an application carries, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<RecommendationView> forApplication(ApplicationId application) {
		return recommendations.findByApplication(application.value()).map(Recommendation::toView);
	}

	/**
	 * The recommendation an application carries, with the funder's name and whether a reviewer must be told that it
	 * no longer stands.
	 */
	@Transactional(readOnly = true)
	public Optional<AttachedRecommendation> attachedTo(ApplicationId application) {
		LocalDate today = SeoulTime.today(clock);
		return forApplication(application).map(found -> new AttachedRecommendation(found,
				lists.funder(found.funderCode()).name(), found.withdrawn(), found.expiredOn(today)));
	}

	/**
	 * The recommendation letter (추천서) as a PDF document.
	 */
	public StoredDocument letter(RecommendationView recommendation) {
		return new StoredDocument(recommendation.letterNumber() + ".pdf", "application/pdf",
				letters.render(recommendation));
	}

	public LocalDate today() {
		return SeoulTime.today(clock);
	}

	private static boolean funds(Agreement agreement, FunderCode funder) {
		return agreement.funders().stream().anyMatch(participant -> participant.code().equals(funder.value()));
	}

}
