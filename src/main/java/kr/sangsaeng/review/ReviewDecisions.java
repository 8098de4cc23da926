package kr.sangsaeng.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.applications.ApplicationChangedException;
import kr.sangsaeng.applications.ApplicationDetails;
import kr.sangsaeng.applications.ApplicationNotFoundException;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.RejectionReason;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.GuaranteeLimits;
import kr.sangsaeng.program.Pots;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What agency staff do with an application: take it, ask for information, reject, approve, and, above the
 * programme's four-eyes threshold, recommend for a second person to confirm or send back. Final approval reserves
 * the amount on the capacity of the application's agreement and issues the guarantee in one transaction.
 * <p>
 * Every action names the version of the application its author saw; if someone changed it since, the action is
 * refused. Applications routed to an agreement the staff member's agency does not carry do not exist here: an
 * agency sees only the applications of its own agreements, also in a programme that several agencies carry.
 */
@Service
@Transactional
public class ReviewDecisions {

	private final GuaranteeApplications applications;

	private final ProgrammeCatalogue catalogue;

	private final CapacityLedger ledger;

	private final Guarantees guarantees;

	private final ReviewHistory history;

	private final Accounts accounts;

	private final Clock clock;

	private final Pots pots;

	ReviewDecisions(GuaranteeApplications applications, ProgrammeCatalogue catalogue, CapacityLedger ledger,
			Guarantees guarantees, ReviewHistory history, Accounts accounts, Clock clock, Pots pots) {
		this.pots = pots;
		this.applications = applications;
		this.catalogue = catalogue;
		this.ledger = ledger;
		this.guarantees = guarantees;
		this.history = history;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The application as {@code staff} reviews it.
	 *
	 * @throws ApplicationNotFoundException when it does not exist, is a draft, or belongs to a programme their
	 * agency does not guarantee
	 */
	@Transactional(readOnly = true)
	public ReviewCase open(SignedInUser staff, ApplicationId id) {
		ApplicationDetails details = applications.details(id).orElseThrow(ApplicationNotFoundException::new);
		ProgrammeSummary programme = catalogue.find(details.application().programmeCode())
			.orElseThrow(ApplicationNotFoundException::new);
		if (!isAgencyStaff(staff) || !carries(programme, details.application(), staff)
				|| details.application().status() == ApplicationStatus.DRAFT) {
			throw new ApplicationNotFoundException();
		}
		ReviewAction recommendation = details.application().status() == ApplicationStatus.RECOMMENDED
				? history.latestRecommendation(id).orElse(null) : null;
		return new ReviewCase(details, programme, history.of(id), recommendation,
				guarantees.ofApplication(id).orElse(null));
	}

	/**
	 * The application as {@code staff} decides on it, provided it is still the version they saw.
	 */
	private ReviewCase open(SignedInUser staff, ApplicationId id, long version) {
		ReviewCase review = open(staff, id);
		if (review.application().version() != version) {
			throw new ApplicationChangedException();
		}
		return review;
	}

	/**
	 * The colleagues of {@code staff} an application can be handed to.
	 */
	@Transactional(readOnly = true)
	public List<SignedInUser> colleagues(SignedInUser staff) {
		return accounts.members(staff.organisation().id()).stream().filter(ReviewDecisions::isAgencyStaff).toList();
	}

	/**
	 * {@code staff} takes an application nobody works on.
	 */
	public void take(SignedInUser staff, ApplicationId id, long version) {
		ReviewCase review = open(staff, id, version);
		if (!review.canBeTakenBy(staff)) {
			throw assignedElsewhere(review);
		}
		assign(review, version, staff.getUsername(), staff);
	}

	/**
	 * {@code staff} stops working on an application they took; an approver may free anyone's.
	 */
	public void release(SignedInUser staff, ApplicationId id, long version) {
		ReviewCase review = open(staff, id, version);
		if (!review.isAssignedTo(staff) && !staff.hasRole(Role.AGENCY_APPROVER)) {
			throw assignedElsewhere(review);
		}
		applications.unassign(id, version);
		record(review, staff, "RELEASED", null, null, null, null, review.application().assignee());
	}

	/**
	 * An approver hands the application to a colleague of the same agency.
	 */
	public void reassign(SignedInUser approver, ApplicationId id, long version, String assignee) {
		ReviewCase review = open(approver, id, version);
		if (!review.canBeReassignedBy(approver)) {
			throw new ReviewRuleException("review.rule.approverOnly");
		}
		SignedInUser colleague = colleagues(approver).stream()
			.filter(candidate -> candidate.getUsername().equals(assignee))
			.findFirst()
			.orElseThrow(() -> ReviewRuleException.onField("assignee", "review.rule.unknownColleague"));
		assign(review, version, colleague.getUsername(), approver);
	}

	/**
	 * Asks the SME for more information; {@code message} is what the SME reads, {@code comment} stays in the agency.
	 */
	public void requestInformation(SignedInUser staff, ApplicationId id, long version, String message,
			String comment) {
		requestInformation(staff, id, version, message, applications.defaultInformationDueOn(), comment);
	}

	/**
	 * Asks the SME for more information by {@code dueOn} (a day in Seoul).
	 */
	public void requestInformation(SignedInUser staff, ApplicationId id, long version, String message,
			java.time.LocalDate dueOn, String comment) {
		ReviewCase review = open(staff, id, version);
		long current = workOn(review, staff, version);
		applications.requestInformation(id, current, message, dueOn, staff.actor());
		record(review, staff, "INFO_REQUESTED", comment, message, null, null, null);
	}

	/**
	 * {@code staff} accepts one document of an application their agency reviews.
	 */
	public void acceptDocument(SignedInUser staff, ApplicationId id, long documentId) {
		ReviewCase review = open(staff, id);
		if (review.status() != ApplicationStatus.SUBMITTED && review.status() != ApplicationStatus.UNDER_REVIEW) {
			throw new ReviewRuleException("review.rule.notUnderReview");
		}
		applications.acceptDocument(id, documentId, staff.actor());
	}

	/**
	 * Asks the SME again for just the given documents, each with its reason, as a request for information due by
	 * the default deadline; the documents accepted stay as they are.
	 */
	public void askForDocumentsAgain(SignedInUser staff, ApplicationId id, long version, Map<Long, String> reasons) {
		ReviewCase review = open(staff, id, version);
		long current = workOn(review, staff, version);
		applications.askForDocumentsAgain(id, current, reasons, applications.defaultInformationDueOn(), staff.actor());
		record(review, staff, "INFO_REQUESTED", null, null, null, null, null);
	}

	/**
	 * Turns the application down; the SME reads the reason and {@code explanation}.
	 */
	public void reject(SignedInUser staff, ApplicationId id, long version, RejectionReason reason, String explanation,
			String comment) {
		ReviewCase review = open(staff, id, version);
		long current = workOn(review, staff, version);
		applications.reject(id, current, reason, explanation, staff.actor());
		record(review, staff, "REJECTED", comment, explanation, null, reason, null);
	}

	/**
	 * Approves on {@code terms}. Up to the programme's four-eyes threshold this is the final approval and issues
	 * the guarantee; above it, it is a recommendation that a second person confirms or sends back.
	 *
	 * @return the guarantee issued, or the recommendation that awaits a second person
	 * @throws kr.sangsaeng.program.CapacityExceededException when the programme's remaining capacity is short;
	 * nothing is changed then
	 */
	public Approval approve(SignedInUser staff, ApplicationId id, long version, ApprovalTerms terms, String comment) {
		return approve(staff, id, version, terms, null, comment);
	}

	/**
	 * Approves on {@code terms}, as {@link #approve(SignedInUser, ApplicationId, long, ApprovalTerms, String)}, with
	 * {@code explanation} for the SME: why it gets less than it asked for. It is required when the amount is lower
	 * and reaches the SME with the decision; {@code comment} stays in the agency.
	 *
	 * @throws ReviewRuleException on the field {@code explanation} when the amount is lower than requested and no
	 * explanation is given
	 */
	public Approval approve(SignedInUser staff, ApplicationId id, long version, ApprovalTerms terms,
			String explanation, String comment) {
		ReviewCase review = open(staff, id, version);
		String toApplicant = explanation == null || explanation.isBlank() ? null : explanation.strip();
		check(terms, toApplicant, review);
		long current = workOn(review, staff, version);
		if (terms.amount().isGreaterThan(review.programme().terms().fourEyesThreshold())) {
			applications.recommend(id, current, staff.actor());
			record(review, staff, "RECOMMENDED", comment, toApplicant, terms, null, null);
			return new Approval.Recommended(id, terms.amount());
		}
		return new Approval.Issued(issue(review, current, terms, toApplicant, null, staff, comment));
	}

	/**
	 * A second person confirms the recommendation: final approval on the recommended terms.
	 */
	public Guarantee confirm(SignedInUser approver, ApplicationId id, long version, String comment) {
		ReviewCase review = open(approver, id, version);
		requireSecondPerson(review, approver);
		ReviewAction recommendation = review.recommendation();
		ApprovalTerms terms = new ApprovalTerms(recommendation.amount(), recommendation.ratio(),
				recommendation.feeRate(), recommendation.conditions());
		check(terms, recommendation.messageToApplicant(), review);
		return issue(review, version, terms, recommendation.messageToApplicant(), recommendation.actor().name(),
				approver, comment);
	}

	/**
	 * A second person sends the recommendation back to review, saying why.
	 */
	public void sendBack(SignedInUser approver, ApplicationId id, long version, String comment) {
		ReviewCase review = open(approver, id, version);
		requireSecondPerson(review, approver);
		applications.sendBack(id, version, approver.actor());
		record(review, approver, "RETURNED", comment, null, null, null, null);
	}

	private Guarantee issue(ReviewCase review, long version, ApprovalTerms terms, String explanation,
			String recommendedBy, SignedInUser approver, String comment) {
		ApplicationId id = review.application().id();
		ApplicationView approved = applications.approve(id, version, terms.amount(), explanation, approver.actor());
		ledger.reserve(review.application().agreementCode(), id, terms.amount(), terms.ratio());
		pots.draw(review.application().agreementCode(), id, review.programme()
			.yearlyCosts(review.application().agreementCode(), terms.amount(), approved.termMonths(), terms.ratio(),
					terms.feeRate())
			.benefitCosts());
		record(review, approver, "APPROVED", comment, explanation, terms, null, null);
		return guarantees.issue(approved, agencyOf(approver), terms, recommendedBy, approver.getUsername(),
				clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	private void requireSecondPerson(ReviewCase review, SignedInUser approver) {
		if (!approver.hasRole(Role.AGENCY_APPROVER)) {
			throw new ReviewRuleException("review.rule.approverOnly");
		}
		if (review.status() != ApplicationStatus.RECOMMENDED || review.recommendation() == null) {
			throw new ReviewRuleException("review.rule.nothingToConfirm");
		}
		if (review.recommendation().actor().name().equals(approver.getUsername())) {
			throw new ReviewRuleException("review.rule.ownRecommendation");
		}
	}

	/**
	 * Makes sure {@code staff} may decide now and holds the application, taking it if nobody does.
	 *
	 * @return the version to decide on
	 */
	private long workOn(ReviewCase review, SignedInUser staff, long version) {
		if (review.status() != ApplicationStatus.SUBMITTED && review.status() != ApplicationStatus.UNDER_REVIEW) {
			throw new ReviewRuleException("review.rule.notUnderReview");
		}
		if (review.isAssignedTo(staff)) {
			return version;
		}
		if (!review.isFreeFor(staff)) {
			throw assignedElsewhere(review);
		}
		return assign(review, version, staff.getUsername(), staff).version();
	}

	private ApplicationView assign(ReviewCase review, long version, String assignee, SignedInUser by) {
		ApplicationView assigned = applications.assign(review.application().id(), version, assignee, by.actor());
		record(review, by, "ASSIGNED", null, null, null, null, assignee);
		return assigned;
	}

	/**
	 * Everything the programme's rules find wrong with terms as the reviewer typed them, all at once, each on its
	 * field: an amount above the one asked for, a ratio or fee outside the programme's own range (also one no
	 * percentage could be, such as 120). Values left {@code null} (unreadable or missing) are not judged.
	 *
	 * @throws ApplicationNotFoundException when {@code staff} may not review the application
	 */
	@Transactional(readOnly = true)
	public List<ReviewRuleException> problemsWithTerms(SignedInUser staff, ApplicationId id, Won amount,
			BigDecimal ratioPercent, BigDecimal feePercent, String explanation) {
		return problemsWithTerms(open(staff, id), amount, ratioPercent, feePercent, explanation);
	}

	private void check(ApprovalTerms terms, String explanation, ReviewCase review) {
		List<ReviewRuleException> problems = problemsWithTerms(review, terms.amount(), terms.ratio().value(),
				terms.feeRate().value(), explanation);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}

	private static List<ReviewRuleException> problemsWithTerms(ReviewCase review, Won amount, BigDecimal ratio,
			BigDecimal fee, String explanation) {
		List<ReviewRuleException> problems = new ArrayList<>();
		Won requested = review.application().amount();
		if (amount != null && (amount.isZero() || amount.isGreaterThan(requested))) {
			problems.add(ReviewRuleException.onField("amount", "review.rule.amountAboveRequested", requested));
		}
		else if (amount != null && amount.isLessThan(requested) && (explanation == null || explanation.isBlank())) {
			problems.add(ReviewRuleException.onField("explanation", "review.rule.loweredNeedsExplanation", requested));
		}
		GuaranteeLimits limits = review.programme().terms().limits();
		if (ratio != null && (ratio.compareTo(limits.minRatio().value()) < 0
				|| ratio.compareTo(limits.maxRatio().value()) > 0)) {
			problems.add(ReviewRuleException.onField("ratio", "review.rule.ratioOutsideLimits",
					limits.minRatio().plain(), limits.maxRatio().plain()));
		}
		if (fee != null && (fee.compareTo(limits.minFee().value()) < 0 || fee.compareTo(limits.maxFee().value()) > 0)) {
			problems.add(ReviewRuleException.onField("feeRate", "review.rule.feeOutsideLimits",
					limits.minFee().plain(), limits.maxFee().plain()));
		}
		return problems;
	}

	private void record(ReviewCase review, SignedInUser staff, String kind, String comment, String message,
			ApprovalTerms terms, RejectionReason reason, String assignee) {
		Instant now = clock.instant();
		history.record(review.application().id(), agencyOf(staff),
				new ReviewAction(kind, reason, comment == null ? "" : comment, message,
						terms == null ? null : terms.amount(), terms == null ? null : terms.ratio(),
						terms == null ? null : terms.feeRate(), terms == null ? null : terms.conditions(), assignee,
						staff.actor(), now));
	}

	private static ReviewRuleException assignedElsewhere(ReviewCase review) {
		return new ReviewRuleException("review.rule.assignedElsewhere", review.application().assignee());
	}

	/**
	 * Whether the staff member's agency carries the agreement the application is routed to.
	 */
	static boolean carries(ProgrammeSummary programme, ApplicationView application, SignedInUser staff) {
		return application.agreementCode() != null && programme.agreement(application.agreementCode())
			.map(agreement -> agreement.isCarriedBy(staff.organisation().agencyCode()))
			.orElse(false);
	}

	private static AgencyCode agencyOf(SignedInUser staff) {
		return staff.organisation().agencyCode();
	}

	private static boolean isAgencyStaff(SignedInUser user) {
		return user.hasRole(Role.AGENCY_REVIEWER) || user.hasRole(Role.AGENCY_APPROVER);
	}

}
