package kr.sangsaeng.applications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.company.CompanyProfile;
import kr.sangsaeng.company.CompanyProfiles;
import kr.sangsaeng.company.PartnerRegistry;
import kr.sangsaeng.company.Recommendations;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.FullySubscribedException;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeIntake;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.StoredDocument;
import kr.sangsaeng.shared.UploadedDocument;
import kr.sangsaeng.shared.Won;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications as SMEs make and follow them. Every method that takes an {@link Applicant} acts only on that
 * SME's own applications: another SME's application is reported as not found.
 */
@Service
@Transactional
public class GuaranteeApplications {

	public static final int DEFAULT_INFORMATION_DAYS = 14;

	public static final int LONGEST_INFORMATION_DAYS = 60;

	private final GuaranteeApplicationRepository applications;

	private final ApplicationDocuments documents;

	private final ApplicationTimeline timeline;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final CompanyProfiles companies;

	private final PartnerRegistry partners;

	private final ProgrammeCatalogue catalogue;

	private final ProgrammeIntake intake;

	private final ApplicationEligibility eligibility;

	private final Exposures exposures;

	private final Recommendations recommendations;

	private final Clock clock;

	GuaranteeApplications(GuaranteeApplicationRepository applications, ApplicationDocuments documents,
			ApplicationTimeline timeline, ApplicationEventPublisher events, JdbcClient jdbc, CompanyProfiles companies,
			PartnerRegistry partners, ProgrammeCatalogue catalogue, ProgrammeIntake intake,
			ApplicationEligibility eligibility, Exposures exposures, Recommendations recommendations, Clock clock) {
		this.intake = intake;
		this.recommendations = recommendations;
		this.eligibility = eligibility;
		this.exposures = exposures;
		this.companies = companies;
		this.partners = partners;
		this.catalogue = catalogue;
		this.applications = applications;
		this.documents = documents;
		this.timeline = timeline;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ApplicationView> of(Applicant applicant) {
		return applications.findByOrganisation(applicant.organisationId())
			.stream()
			.map(ApplicationView::of)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<ApplicationDetails> details(Applicant applicant, ApplicationId id) {
		return applications.findOwned(id.value(), applicant.organisationId()).map(this::details);
	}

	/**
	 * The SME's receipt for its application, as the page that answers a submission shows it. An application never
	 * received has a receipt without number, programme or agency.
	 */
	@Transactional(readOnly = true)
	public Optional<ApplicationReceipt> receipt(Applicant applicant, ApplicationId id) {
		return applications.findOwned(id.value(), applicant.organisationId()).map(application -> {
			if (application.receiptNumber() == null) {
				return new ApplicationReceipt(id, null, application.status(), null, application.amount(), null, null);
			}
			String programmeCode = application.programmeCode().value();
			LocalizedName programmeName = catalogue.namesOf(List.of(programmeCode))
				.getOrDefault(programmeCode, new LocalizedName(programmeCode, programmeCode));
			LocalizedName agency = application.agreementCode() == null ? null
					: catalogue.agencyOfChosenAgreement(application.agreementCode()).orElse(null);
			return new ApplicationReceipt(id, application.receiptNumber(), application.status(), programmeName,
					application.amount(), application.submittedAt(), agency);
		});
	}

	/**
	 * The SME's application that awaits a decision in a programme, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<ApplicationView> pending(Applicant applicant, ProgrammeCode programmeCode) {
		return applications.findPending(applicant.organisationId(), programmeCode.value()).map(ApplicationView::of);
	}

	/**
	 * What the SME holds or has asked for in a programme: approved amounts of live guarantees and requested
	 * amounts of applications awaiting a decision.
	 */
	@Transactional(readOnly = true)
	public Won exposure(long organisationId, ProgrammeCode programmeCode) {
		return exposures.inProgramme(organisationId, programmeCode);
	}

	/**
	 * Starts a draft. An SME has at most one application awaiting a decision per programme.
	 *
	 * @throws PendingApplicationExistsException when it already has one
	 */
	public ApplicationId startDraft(Applicant applicant, ProgrammeCode programmeCode, ApplicationContent content) {
		Optional<GuaranteeApplication> pending = applications.findPending(applicant.organisationId(),
				programmeCode.value());
		if (pending.isPresent()) {
			throw new PendingApplicationExistsException(new ApplicationId(pending.get().id()));
		}
		Instant now = clock.instant();
		GuaranteeApplication draft = new GuaranteeApplication(programmeCode, applicant.organisationId(),
				applicant.businessNumber(), applicant.companyName(), routed(programmeCode, content), now);
		try {
			applications.saveAndFlush(draft);
		}
		catch (DataIntegrityViolationException concurrentDraft) {
			throw new PendingApplicationExistsException(null);
		}
		timeline.record(draft.id(), ApplicationTimeline.Kind.STATUS_CHANGED, null, ApplicationStatus.DRAFT, null,
				applicant.actor(), now);
		return new ApplicationId(draft.id());
	}

	/**
	 * Changes a draft, its agreement included.
	 *
	 * @throws ApplicationRuleException on the field {@code agreementCode} or {@code bankCode} when the agreement is not
	 * one of the programme's or the bank does not lend under it
	 */
	public void changeDraft(Applicant applicant, ApplicationId id, ApplicationContent content) {
		GuaranteeApplication application = owned(applicant, id);
		ApplicationContent routed = routed(application.programmeCode(),
				content.agreement() == null ? withAgreement(content, application.agreementCode()) : content);
		application.change(routed, clock.instant());
	}

	/**
	 * The content with its agreement: the one the SME chose, which must be one of the programme's (and, in a
	 * programme of several agreements, lent by its bank), or the programme's lead agreement.
	 */
	private ApplicationContent routed(ProgrammeCode programmeCode, ApplicationContent content) {
		ProgrammeSummary programme = catalogue.find(programmeCode).orElseThrow(ApplicationNotFoundException::new);
		Agreement agreement = (content.agreement() == null ? programme.leadAgreement()
				: programme.agreement(content.agreement()))
			.orElseThrow(() -> ApplicationRuleException.onField("agreementCode", "application.form.error.agreement"));
		// the form has checked the bank against the programme's; where the programme has several agreements, the
		// bank must also lend under the one chosen
		if (programme.offersChoiceOfAgreement() && !agreement.isLentBy(content.bankCode())) {
			throw ApplicationRuleException.onField("bankCode", "application.form.error.bankOfAgreement");
		}
		return withAgreement(content, agreement.code());
	}

	private static ApplicationContent withAgreement(ApplicationContent content, AgreementCode agreement) {
		return new ApplicationContent(content.amount(), content.purpose(), content.termMonths(), content.bankCode(),
				content.businessPlan(), agreement);
	}

	/**
	 * Attaches a document to a draft, or to an application whose agency asked for more information, in the
	 * checklist's "other" slot.
	 */
	public long addDocument(Applicant applicant, ApplicationId id, UploadedDocument upload) {
		return addDocument(applicant, id, upload, ChecklistSlot.OTHER, null);
	}

	/**
	 * Uploads a document against a slot of the application's checklist with the day it was issued, replacing the
	 * document the slot held. While the agency asks for more information, only the slots it asked for again and the
	 * "other" slot take uploads.
	 *
	 * @throws ApplicationRuleException on the field {@code documentType} when the checklist has no such slot to
	 * upload to, on {@code issuedOn} when an official document has no issue date, one in the future or one older than
	 * its slot allows
	 */
	public long addDocument(Applicant applicant, ApplicationId id, UploadedDocument upload, String documentType,
			LocalDate issuedOn) {
		// one upload at a time per application, so that a slot never ends up holding two documents
		GuaranteeApplication application = ownedForUpdate(applicant, id);
		if (application.status() != ApplicationStatus.DRAFT
				&& application.status() != ApplicationStatus.INFO_REQUESTED) {
			throw new ApplicationRuleException("application.rule.documentsClosed");
		}
		LocalDate today = SeoulTime.today(clock);
		ChecklistSlot slot = documents.checklist(application.id(), application.agreementCode().value(), today)
			.slots()
			.stream()
			.filter(candidate -> candidate.documentType().equals(documentType) && candidate.uploadable())
			.findFirst()
			.orElseThrow(() -> ApplicationRuleException.onField("documentType", "application.document.error.slot"));
		if (issuedOn != null && issuedOn.isAfter(today)) {
			throw ApplicationRuleException.onField("issuedOn", "application.document.error.issuedInFuture");
		}
		if (slot.official() && issuedOn == null) {
			throw ApplicationRuleException.onField("issuedOn", "application.document.error.issuedOnRequired");
		}
		if (issuedOn != null && slot.maxAgeDays() != null && issuedOn.isBefore(slot.oldestIssue(today))) {
			throw ApplicationRuleException.onField("issuedOn", "application.document.error.tooOld", slot.maxAgeDays());
		}
		if (application.status() == ApplicationStatus.INFO_REQUESTED && !slot.other() && slot.filled()
				&& !slot.askedAgain()) {
			throw ApplicationRuleException.onField("documentType", "application.document.error.notAskedAgain");
		}
		UploadedDocument.Inspection inspection = upload.inspect();
		if (!inspection.accepted()) {
			throw new ApplicationRuleException(inspection.problem());
		}
		if (slot.other() && slot.documents().size() >= ApplicationDocuments.MAX_PER_APPLICATION) {
			throw new ApplicationRuleException("application.document.error.tooMany",
					ApplicationDocuments.MAX_PER_APPLICATION);
		}
		long documentId = documents.add(application.id(), upload, inspection.kind(), documentType, issuedOn,
				applicant.username());
		if (application.status() != ApplicationStatus.DRAFT) {
			Instant now = clock.instant();
			timeline.record(application.id(), ApplicationTimeline.Kind.DOCUMENT_ADDED, null, null,
					upload.displayName(), applicant.actor(), now);
		}
		return documentId;
	}

	/**
	 * The application's checklist as its SME sees it.
	 */
	@Transactional(readOnly = true)
	public DocumentChecklist checklist(Applicant applicant, ApplicationId id) {
		GuaranteeApplication application = owned(applicant, id);
		return documents.checklist(application.id(), application.agreementCode().value(), SeoulTime.today(clock));
	}

	/**
	 * The reviewer accepts one document of an application the agency is reviewing.
	 */
	public void acceptDocument(ApplicationId id, long documentId, Actor actor) {
		GuaranteeApplication application = forDocumentReview(id);
		DocumentInfo document = documents.find(application.id(), documentId)
			.orElseThrow(ApplicationNotFoundException::new);
		Instant now = clock.instant();
		documents.review(application.id(), documentId, DocumentReview.ACCEPTED, null, actor.name(), now);
		events.publishEvent(new DocumentReviewed(id, documentId, document.documentType(), DocumentReview.ACCEPTED,
				null, actor.name(), now));
	}

	/**
	 * The reviewer asks again for the given documents, each with its reason: the application goes back to the SME
	 * as a request for information naming them, and only their slots take new uploads; accepted documents stay.
	 *
	 * @throws ApplicationRuleException on the field {@code reasons} when no document is named or a reason is blank
	 */
	public ApplicationView askForDocumentsAgain(ApplicationId id, long expectedVersion, Map<Long, String> reasons,
			LocalDate dueOn, Actor actor) {
		if (reasons.isEmpty()) {
			throw ApplicationRuleException.onField("reasons", "application.document.error.noneAskedAgain");
		}
		if (reasons.values().stream().anyMatch(reason -> reason == null || reason.isBlank() || reason.length() > 500)) {
			throw ApplicationRuleException.onField("reasons", "application.document.error.reason");
		}
		GuaranteeApplication application = forDocumentReview(id);
		Instant now = clock.instant();
		StringBuilder message = new StringBuilder();
		for (Map.Entry<Long, String> asked : reasons.entrySet()) {
			DocumentInfo document = documents.find(application.id(), asked.getKey())
				.orElseThrow(ApplicationNotFoundException::new);
			String reason = asked.getValue().strip();
			documents.review(application.id(), document.id(), DocumentReview.ASKED_AGAIN, reason, actor.name(), now);
			events.publishEvent(new DocumentReviewed(id, document.id(), document.documentType(),
					DocumentReview.ASKED_AGAIN, reason, actor.name(), now));
			message.append(message.isEmpty() ? "" : "\n").append(document.fileName()).append(": ").append(reason);
		}
		return requestInformation(id, expectedVersion, message.toString(), dueOn, actor);
	}

	private GuaranteeApplication forDocumentReview(ApplicationId id) {
		GuaranteeApplication application = applications.findById(id.value())
			.orElseThrow(ApplicationNotFoundException::new);
		if (application.status() != ApplicationStatus.SUBMITTED
				&& application.status() != ApplicationStatus.UNDER_REVIEW) {
			throw new ApplicationRuleException("application.document.error.notUnderReview");
		}
		return application;
	}

	public void removeDocument(Applicant applicant, ApplicationId id, long documentId) {
		GuaranteeApplication application = owned(applicant, id);
		if (application.status() != ApplicationStatus.DRAFT) {
			throw new ApplicationRuleException("application.rule.documentsFixed");
		}
		if (!documents.remove(application.id(), documentId)) {
			throw new ApplicationNotFoundException();
		}
	}

	@Transactional(readOnly = true)
	public Optional<StoredDocument> document(Applicant applicant, ApplicationId id, long documentId) {
		return applications.findOwned(id.value(), applicant.organisationId())
			.flatMap(application -> documents.content(application.id(), documentId));
	}

	/**
	 * Submits a draft and gives it the next receipt number. Submitting an application that is already submitted
	 * changes nothing, so a double click or a retry yields one submission. A draft is submitted only while the SME
	 * may still apply to its programme, for no more than the largest amount it may ask for, and with at least one
	 * document. The programme takes the application in first (after what is only read) and holds its intake until
	 * this transaction ends, so that none is taken past the programme's intake limit. The receipt number and the
	 * moment of acceptance are drawn together, so that, whichever instance takes a submission, a later number never
	 * carries an earlier moment.
	 *
	 * @return the application as it now is
	 * @throws ApplicationRuleException {@code application.rule.unverified} while the company has not proved its
	 * business registration number, {@code application.rule.superseded} when another company proved it,
	 * {@code application.rule.fullySubscribed} when the programme is fully
	 * subscribed, {@code application.rule.noLongerEligible} when the SME may no longer apply,
	 * {@code application.rule.amountAboveLargest} (on the field {@code amount}) when it asks for more than it may,
	 * {@code application.rule.documentsRequired} (on the field {@code documents}) when nothing is attached
	 */
	public ApplicationView submit(Applicant applicant, ApplicationId id) {
		GuaranteeApplication application = ownedForUpdate(applicant, id);
		if (application.status() != ApplicationStatus.DRAFT) {
			if (application.receiptNumber() != null && application.status() != ApplicationStatus.WITHDRAWN) {
				return ApplicationView.of(application);
			}
			throw new ApplicationRuleException("application.rule.transition", application.status(),
					ApplicationStatus.SUBMITTED);
		}
		ProgrammeSummary programme = catalogue.find(application.programmeCode())
			.orElseThrow(ApplicationNotFoundException::new);
		ApplicationEligibility.Assessment assessment = eligibility.assessment(applicant, programme);
		refuseUnlessSubmittable(application, assessment.eligibility());
		Optional<CompanyProfile> profile = assessment.profile();
		Optional<PartnerStanding> standing = PartnerStanding.closest(programme,
				application.businessNumber().equals(applicant.businessNumber()) ? assessment.partnerships()
						: partners.partnershipsOf(BusinessRegistrationNumber.parse(application.businessNumber())));
		try {
			intake.admit(programme.code(), application.amount());
		}
		catch (FullySubscribedException full) {
			throw new ApplicationRuleException("application.rule.fullySubscribed");
		}
		// the database's clock, read with the number: the one clock every instance shares
		Receipt drawn = jdbc.sql("select receipt_number, accepted_at from draw_application_receipt()")
			.query((row, number) -> new Receipt(row.getLong("receipt_number"),
					row.getTimestamp("accepted_at").toInstant()))
			.single();
		Instant now = drawn.acceptedAt();
		application.submitted(drawn.number(), now, profile.map(company -> company.region().name()).orElse(null),
				profile.map(company -> company.industry().name()).orElse(null),
				profile.map(CompanyProfile::representativeName).orElse(null),
				profile.map(CompanyProfile::employees).orElse(null), standing.orElse(null));
		applications.flush();
		recommendations.attach(new ApplicationId(application.id()), BusinessRegistrationNumber.parse(application.businessNumber()),
				application.agreementCode(), applicant.username());
		changed(application, ApplicationStatus.DRAFT, null, applicant.actor(), now);
		return ApplicationView.of(application);
	}

	/**
	 * The checks the SME saw when it started the draft, made again as it submits: the programme or the SME may
	 * have changed since.
	 */
	private void refuseUnlessSubmittable(GuaranteeApplication application, Eligibility assessment) {
		if (assessment.superseded()) {
			throw new ApplicationRuleException("application.rule.superseded");
		}
		if (assessment.awaitsProof()) {
			throw new ApplicationRuleException("application.rule.unverified");
		}
		List<Eligibility.Check> failed = assessment.checks()
			.stream()
			.filter(check -> !check.passed() && !check.key().equals("pending"))
			.toList();
		if (failed.stream().anyMatch(check -> check.key().equals("intake"))) {
			throw new ApplicationRuleException("application.rule.fullySubscribed");
		}
		if (!failed.isEmpty()) {
			throw new ApplicationRuleException("application.rule.noLongerEligible");
		}
		AgreementOption routedTo = assessment.agreementOptions()
			.stream()
			.filter(option -> option.agreement().code().equals(application.agreementCode()))
			.findFirst()
			.orElseThrow(() -> new ApplicationRuleException("application.rule.noLongerEligible"));
		if (!routedTo.admitted()) {
			throw new ApplicationRuleException("application.rule.noLongerEligible");
		}
		if (application.amount().isGreaterThan(assessment.largestLoan())
				|| application.amount().isGreaterThan(routedTo.largestLoan())) {
			throw ApplicationRuleException.onField("amount", "application.rule.amountAboveLargest");
		}
		// a refusal rolls back the checklist it would have kept
		List<DocumentShortfall> shortfalls = documents.shortfallsKeepingChecklist(application.id(),
				application.agreementCode().value(), SeoulTime.today(clock));
		if (shortfalls.size() == 1 && shortfalls.get(0).documentType() == null) {
			throw ApplicationRuleException.onField("documents", "application.rule.documentsRequired");
		}
		if (!shortfalls.isEmpty()) {
			throw new DocumentsIncompleteException("application.rule.documentsIncomplete",
					shortfalls.stream().filter(shortfall -> shortfall.documentType() != null).toList());
		}
	}

	public void withdraw(Applicant applicant, ApplicationId id) {
		GuaranteeApplication application = ownedForUpdate(applicant, id);
		Instant now = clock.instant();
		ApplicationStatus previous = application.moveTo(ApplicationStatus.WITHDRAWN, now);
		leftQueue(application, previous);
		changed(application, previous, null, applicant.actor(), now);
	}

	/**
	 * The SME answers the agency's request for information; the application goes back to the review queue.
	 */
	public void answer(Applicant applicant, ApplicationId id, String answer) {
		GuaranteeApplication application = ownedForUpdate(applicant, id);
		List<DocumentShortfall> askedAgain = documents
			.shortfalls(application.id(), application.agreementCode().value(), SeoulTime.today(clock))
			.stream()
			.filter(shortfall -> shortfall.problem() == DocumentShortfall.Problem.ASKED_AGAIN)
			.toList();
		if (!askedAgain.isEmpty()) {
			throw new DocumentsIncompleteException("application.rule.documentsAskedAgain", askedAgain);
		}
		Instant now = clock.instant();
		ApplicationStatus previous = application.moveTo(ApplicationStatus.UNDER_REVIEW, now);
		timeline.record(application.id(), ApplicationTimeline.Kind.ANSWER_FROM_SME, null, null, answer,
				applicant.actor(), now);
		changed(application, previous, null, applicant.actor(), now);
	}

	/**
	 * The application as agency staff see it, whoever applied.
	 */
	@Transactional(readOnly = true)
	public Optional<ApplicationDetails> details(ApplicationId id) {
		return applications.findById(id.value()).map(this::details);
	}

	/**
	 * A document of any application, for agency staff who may see that application.
	 */
	@Transactional(readOnly = true)
	public Optional<StoredDocument> document(ApplicationId id, long documentId) {
		return documents.content(id.value(), documentId);
	}

	/**
	 * What the SME holds or has asked for across all programmes.
	 */
	@Transactional(readOnly = true)
	public Won exposureEverywhere(long organisationId) {
		return exposures.everywhere(organisationId);
	}

	/**
	 * Other applications awaiting an agency that may duplicate this one: the same business number in another
	 * programme, or the same representative's name at another company.
	 */
	@Transactional(readOnly = true)
	public List<PossibleDuplicate> possibleDuplicates(ApplicationId id) {
		GuaranteeApplication application = applications.findById(id.value()).orElseThrow(ApplicationNotFoundException::new);
		return applications.findOpenAlike(application.id(), application.businessNumber(),
				application.representativeName() == null ? "" : application.representativeName())
			.stream()
			.map(other -> new PossibleDuplicate(ApplicationView.of(other),
					other.businessNumber().equals(application.businessNumber())))
			.toList();
	}

	/**
	 * Every application in a status, oldest decision first, for the modules that follow applications through their
	 * lives.
	 */
	@Transactional(readOnly = true)
	public List<ApplicationView> withStatus(ApplicationStatus status, Collection<ProgrammeCode> programmeCodes) {
		if (programmeCodes.isEmpty()) {
			return List.of();
		}
		return applications.findByStatusAndProgrammeCodeInOrderByDecidedAtAscIdAsc(status,
				programmeCodes.stream().map(ProgrammeCode::value).toList())
			.stream()
			.map(ApplicationView::of)
			.toList();
	}

	/**
	 * Every application of an SME, newest first, for agency staff.
	 */
	@Transactional(readOnly = true)
	public List<ApplicationView> ofOrganisation(long organisationId) {
		return applications.findByOrganisation(organisationId).stream().map(ApplicationView::of).toList();
	}

	/**
	 * An agency employee takes the application so that nobody else works on it; a submitted application is
	 * then under review. {@code assignee} may differ from {@code actor} when an approver hands it to someone.
	 *
	 * @throws ApplicationChangedException when the application changed since {@code expectedVersion}
	 */
	public ApplicationView assign(ApplicationId id, long expectedVersion, String assignee, Actor actor) {
		GuaranteeApplication application = forDecision(id, expectedVersion);
		if (!application.status().awaitsAgency()) {
			throw new ApplicationRuleException("application.rule.notAwaitingAgency");
		}
		Instant now = clock.instant();
		if (application.status() == ApplicationStatus.SUBMITTED) {
			ApplicationStatus previous = application.moveTo(ApplicationStatus.UNDER_REVIEW, now);
			changed(application, previous, null, actor, now);
		}
		application.assignTo(assignee, now);
		applications.flush();
		return ApplicationView.of(application);
	}

	/**
	 * Nobody works on the application any more; it waits in the queue for whoever takes it next.
	 */
	public ApplicationView unassign(ApplicationId id, long expectedVersion) {
		GuaranteeApplication application = forDecision(id, expectedVersion);
		application.assignTo(null, clock.instant());
		applications.flush();
		return ApplicationView.of(application);
	}

	/**
	 * The agency asks the SME for more information, to be given within {@link #DEFAULT_INFORMATION_DAYS} days.
	 */
	public ApplicationView requestInformation(ApplicationId id, long expectedVersion, String message, Actor actor) {
		return requestInformation(id, expectedVersion, message, defaultInformationDueOn(), actor);
	}

	/**
	 * The agency asks the SME for more information by {@code dueOn} (a day in Seoul, after today and at most
	 * {@link #LONGEST_INFORMATION_DAYS} days away); {@code message} is shown to the SME.
	 *
	 * @throws ApplicationRuleException on the field {@code dueOn} when the deadline is not in that window
	 */
	public ApplicationView requestInformation(ApplicationId id, long expectedVersion, String message, LocalDate dueOn,
			Actor actor) {
		LocalDate today = SeoulTime.today(clock);
		if (dueOn == null || !dueOn.isAfter(today)) {
			throw ApplicationRuleException.onField("dueOn", "application.rule.dueOn.notFuture");
		}
		if (dueOn.isAfter(today.plusDays(LONGEST_INFORMATION_DAYS))) {
			throw ApplicationRuleException.onField("dueOn", "application.rule.dueOn.tooFar", LONGEST_INFORMATION_DAYS);
		}
		GuaranteeApplication application = forDecision(id, expectedVersion);
		Instant now = clock.instant();
		ApplicationStatus previous = application.informationRequested(dueOn, now);
		timeline.record(application.id(), ApplicationTimeline.Kind.STATUS_CHANGED, previous, application.status(), null,
				actor, now);
		timeline.record(application.id(), ApplicationTimeline.Kind.MESSAGE_FROM_AGENCY, null, null, message, actor, now);
		publish(application, previous, message, actor, now);
		return ApplicationView.of(application);
	}

	/**
	 * The deadline a request for information gets unless the reviewer picks another: {@link
	 * #DEFAULT_INFORMATION_DAYS} days from today in Seoul.
	 */
	public LocalDate defaultInformationDueOn() {
		return SeoulTime.today(clock).plusDays(DEFAULT_INFORMATION_DAYS);
	}

	/**
	 * How notifications and mail name applications to the SME, for the given application IDs, with what the current
	 * transaction changed in them: a notification is written in the transaction of its change.
	 */
	@Transactional(readOnly = true)
	public Map<Long, ApplicationLabel> labels(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		applications.flush();
		// the four columns a label shows, not the whole application: mail names an application on every change
		record Labelled(long id, Long receiptNumber, String programmeCode, ApplicationStatus status,
				LocalDate informationDueOn) {
		}
		List<Labelled> found = jdbc.sql("select id, receipt_number, programme_code, status, information_due_on "
				+ "from guarantee_application where id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query((row, number) -> new Labelled(row.getLong("id"), row.getObject("receipt_number", Long.class),
					row.getString("programme_code"), ApplicationStatus.valueOf(row.getString("status")),
					row.getObject("information_due_on", LocalDate.class)))
			.list();
		Map<String, LocalizedName> names = catalogue
			.namesOf(found.stream().map(Labelled::programmeCode).distinct().toList());
		Map<Long, ApplicationLabel> labels = new HashMap<>();
		for (Labelled application : found) {
			String code = application.programmeCode();
			labels.put(application.id(), new ApplicationLabel(application.id(),
					ApplicationView.printedReceipt(application.receiptNumber()),
					names.getOrDefault(code, new LocalizedName(code, code)),
					application.status() == ApplicationStatus.INFO_REQUESTED ? application.informationDueOn() : null));
		}
		return labels;
	}

	/**
	 * The agency turns the application down; the reason and {@code explanation} are shown to the SME.
	 */
	public ApplicationView reject(ApplicationId id, long expectedVersion, RejectionReason reason, String explanation,
			Actor actor) {
		GuaranteeApplication application = forDecision(id, expectedVersion);
		Instant now = clock.instant();
		ApplicationStatus previous = application.moveTo(ApplicationStatus.REJECTED, now);
		leftQueue(application, previous);
		timeline.record(application.id(), ApplicationTimeline.Kind.STATUS_CHANGED, previous, application.status(),
				explanation, reason, actor, now);
		publish(application, previous, explanation, actor, now);
		return ApplicationView.of(application);
	}

	/**
	 * The reviewer recommends approval; a second person decides.
	 */
	public ApplicationView recommend(ApplicationId id, long expectedVersion, Actor actor) {
		GuaranteeApplication application = forDecision(id, expectedVersion);
		Instant now = clock.instant();
		ApplicationStatus previous = application.moveTo(ApplicationStatus.RECOMMENDED, now);
		changed(application, previous, null, actor, now);
		return ApplicationView.of(application);
	}

	/**
	 * The second person sends a recommendation back to review.
	 */
	public ApplicationView sendBack(ApplicationId id, long expectedVersion, Actor actor) {
		GuaranteeApplication application = forDecision(id, expectedVersion);
		if (application.status() != ApplicationStatus.RECOMMENDED) {
			throw new ApplicationRuleException("application.rule.transition", application.status(),
					ApplicationStatus.UNDER_REVIEW);
		}
		Instant now = clock.instant();
		ApplicationStatus previous = application.moveTo(ApplicationStatus.UNDER_REVIEW, now);
		changed(application, previous, null, actor, now);
		return ApplicationView.of(application);
	}

	/**
	 * The agency approves {@code approved} (at most the amount requested). The guarantee and the capacity
	 * reservation are the caller's, in the same transaction.
	 */
	public ApplicationView approve(ApplicationId id, long expectedVersion, Won approved, Actor actor) {
		return approve(id, expectedVersion, approved, null, actor);
	}

	/**
	 * The same, with {@code explanation} for the SME (why it gets less than it asked for), shown with the decision
	 * on its application, or {@code null}.
	 */
	public ApplicationView approve(ApplicationId id, long expectedVersion, Won approved, String explanation,
			Actor actor) {
		GuaranteeApplication application = forDecision(id, expectedVersion);
		Instant now = clock.instant();
		ApplicationStatus previous = application.status();
		application.approved(approved, now);
		leftQueue(application, previous);
		applications.flush();
		changed(application, previous, explanation, actor, now);
		return ApplicationView.of(application);
	}

	/**
	 * The agency approved a change of the application's guaranteed loan: it now shows {@code approved}, the term
	 * and the lending bank given. The loan, the guarantee and the capacity are the caller's, in the same transaction.
	 */
	public void changeAfterApproval(ApplicationId id, Won approved, int termMonths, BankCode bank) {
		forUpdate(id).changedAfterApproval(approved, termMonths, bank.value(), clock.instant());
	}

	/**
	 * Moves an approved application along its loan's life (disbursing, active, repaid, defaulted, cancelled).
	 */
	public void moveLoan(ApplicationId id, ApplicationStatus target, Actor actor) {
		move(id, target, null, actor);
	}

	/**
	 * The application locked for a decision, as long as nobody changed it since the decider saw it.
	 */
	private GuaranteeApplication forDecision(ApplicationId id, long expectedVersion) {
		GuaranteeApplication application;
		try {
			application = forUpdate(id);
		}
		catch (ObjectOptimisticLockingFailureException changedWhileWaiting) {
			throw new ApplicationChangedException();
		}
		if (application.version() != expectedVersion) {
			throw new ApplicationChangedException();
		}
		return application;
	}

	private void move(ApplicationId id, ApplicationStatus target, String message, Actor actor) {
		GuaranteeApplication application = forUpdate(id);
		Instant now = clock.instant();
		ApplicationStatus previous = application.moveTo(target, now);
		changed(application, previous, message, actor, now);
	}

	/**
	 * An application that awaited the agency no longer does: its programme gets its amount back for intake.
	 */
	private void leftQueue(GuaranteeApplication application, ApplicationStatus previous) {
		if (previous.awaitsAgency()) {
			intake.release(application.programmeCode(), application.amount());
		}
	}

	private GuaranteeApplication forUpdate(ApplicationId id) {
		return applications.findForUpdate(id.value()).orElseThrow(ApplicationNotFoundException::new);
	}

	private ApplicationDetails details(GuaranteeApplication application) {
		DocumentChecklist checklist = documents.checklist(application.id(), application.agreementCode().value(),
				SeoulTime.today(clock));
		return new ApplicationDetails(ApplicationView.of(application), checklist, timeline.of(application.id()));
	}

	private void changed(GuaranteeApplication application, ApplicationStatus previous, String message, Actor actor,
			Instant at) {
		timeline.record(application.id(), ApplicationTimeline.Kind.STATUS_CHANGED, previous, application.status(),
				message, actor, at);
		publish(application, previous, message, actor, at);
	}

	private void publish(GuaranteeApplication application, ApplicationStatus previous, String message, Actor actor,
			Instant at) {
		events.publishEvent(new ApplicationStatusChanged(new ApplicationId(application.id()),
				application.programmeCode(), application.organisationId(), previous, application.status(),
				application.approvedAmount() != null ? application.approvedAmount() : application.amount(), message,
				actor.name(), at));
	}

	private GuaranteeApplication owned(Applicant applicant, ApplicationId id) {
		return applications.findOwned(id.value(), applicant.organisationId())
			.orElseThrow(ApplicationNotFoundException::new);
	}

	private GuaranteeApplication ownedForUpdate(Applicant applicant, ApplicationId id) {
		return applications.findOwnedForUpdate(id.value(), applicant.organisationId())
			.orElseThrow(ApplicationNotFoundException::new);
	}

	private record Receipt(long number, Instant acceptedAt) {
	}

}
