package kr.sangsaeng.applications;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ProgrammeCode;

/**
 * An SME's application for a guaranteed loan in one programme. The programme and the SME's organisation are
 * referred to by code and id; the company's name is kept as it was when the application was made.
 */
@Entity
@Table(name = "guarantee_application")
class GuaranteeApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "programme_code", nullable = false)
	private String programmeCode;

	@Column(name = "agreement_code", nullable = false)
	private String agreementCode;

	@Column(name = "organisation_id", nullable = false)
	private long organisationId;

	@Column(name = "business_number", nullable = false)
	private String businessNumber;

	@Column(name = "company_name", nullable = false)
	private String companyName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationStatus status = ApplicationStatus.DRAFT;

	@Column(name = "amount_won", nullable = false)
	private Won amount;

	@Column(name = "approved_won")
	private Won approvedAmount;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LoanPurpose purpose;

	@Column(name = "term_months", nullable = false)
	private int termMonths;

	@Column(name = "bank_code", nullable = false)
	private String bankCode;

	@Column(name = "business_plan", nullable = false)
	private String businessPlan;

	@Column(name = "receipt_number")
	private Long receiptNumber;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(length = 16)
	private String region;

	@Column(name = "industry_section", length = 1)
	private String industrySection;

	@Column(name = "representative_name")
	private String representativeName;

	private Integer employees;

	@Column(name = "partner_funder_code", length = 16)
	private String partnerFunderCode;

	@Column(name = "partner_tier")
	private Short partnerTier;

	private String assignee;

	@Column(name = "assigned_at")
	private Instant assignedAt;

	@Column(name = "last_action_at")
	private Instant lastActionAt;

	@Column(name = "information_due_on")
	private LocalDate informationDueOn;

	@Column(name = "information_requested_at")
	private Instant informationRequestedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected GuaranteeApplication() {
	}

	GuaranteeApplication(ProgrammeCode programmeCode, long organisationId, String businessNumber, String companyName,
			ApplicationContent content, Instant at) {
		this.createdAt = at;
		this.programmeCode = programmeCode.value();
		this.organisationId = organisationId;
		this.businessNumber = businessNumber;
		this.companyName = companyName;
		change(content, at);
	}

	void change(ApplicationContent content, Instant at) {
		if (status != ApplicationStatus.DRAFT) {
			throw new ApplicationRuleException("application.rule.onlyDraftsChange");
		}
		amount = content.amount();
		purpose = content.purpose();
		termMonths = content.termMonths();
		bankCode = content.bankCode().value();
		businessPlan = content.businessPlan();
		if (content.agreement() != null) {
			agreementCode = content.agreement().value();
		}
		updatedAt = at;
	}

	/**
	 * Moves to {@code target} if the state machine allows it.
	 *
	 * @return the status before
	 */
	ApplicationStatus moveTo(ApplicationStatus target, Instant when) {
		if (!status.canMoveTo(target)) {
			throw new ApplicationRuleException("application.rule.transition", status, target);
		}
		ApplicationStatus previous = status;
		status = target;
		updatedAt = when;
		lastActionAt = when;
		// a loan whose payments were all reversed goes back to APPROVED: it was decided long before
		if (previous.isPending() && (target == ApplicationStatus.APPROVED || target == ApplicationStatus.REJECTED)) {
			decidedAt = when;
		}
		return previous;
	}

	/**
	 * Submitted: what the company was at that moment stays with the application (its profile may change later).
	 *
	 * @param standing its closest partnership with the programme's funders, {@code null} when on no list
	 */
	void submitted(long receipt, Instant when, String region, String industrySection, String representativeName,
			Integer employees, PartnerStanding standing) {
		moveTo(ApplicationStatus.SUBMITTED, when);
		receiptNumber = receipt;
		submittedAt = when;
		this.region = region;
		this.industrySection = industrySection;
		this.representativeName = representativeName;
		this.employees = employees;
		this.partnerFunderCode = standing == null ? null : standing.funderCode();
		this.partnerTier = standing == null ? null : (short) standing.tier().number();
	}

	/**
	 * The agency asks for information, to be given by {@code dueOn} (a day in Seoul).
	 */
	ApplicationStatus informationRequested(LocalDate dueOn, Instant when) {
		ApplicationStatus previous = moveTo(ApplicationStatus.INFO_REQUESTED, when);
		informationDueOn = dueOn;
		informationRequestedAt = when;
		return previous;
	}

	LocalDate informationDueOn() {
		return informationDueOn;
	}

	void assignTo(String reviewer, Instant when) {
		assignee = reviewer;
		assignedAt = reviewer == null ? null : when;
		updatedAt = when;
		lastActionAt = when;
	}

	void approved(Won approved, Instant when) {
		if (approved.isGreaterThan(amount) || approved.isZero()) {
			throw new ApplicationRuleException("application.rule.approvedAboveRequested");
		}
		moveTo(ApplicationStatus.APPROVED, when);
		approvedAmount = approved;
	}

	/**
	 * The agency approved a change of the guaranteed loan: a lower amount, a longer term or another bank.
	 */
	void changedAfterApproval(Won approved, int months, String bank, Instant when) {
		approvedAmount = approved;
		termMonths = months;
		bankCode = bank;
		updatedAt = when;
	}

	Long id() {
		return id;
	}

	ProgrammeCode programmeCode() {
		return new ProgrammeCode(programmeCode);
	}

	AgreementCode agreementCode() {
		return agreementCode == null ? null : new AgreementCode(agreementCode);
	}

	long organisationId() {
		return organisationId;
	}

	String businessNumber() {
		return businessNumber;
	}

	String companyName() {
		return companyName;
	}

	ApplicationStatus status() {
		return status;
	}

	Won amount() {
		return amount;
	}

	Won approvedAmount() {
		return approvedAmount;
	}

	LoanPurpose purpose() {
		return purpose;
	}

	int termMonths() {
		return termMonths;
	}

	String bankCode() {
		return bankCode;
	}

	String businessPlan() {
		return businessPlan;
	}

	Long receiptNumber() {
		return receiptNumber;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	Instant decidedAt() {
		return decidedAt;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	String region() {
		return region;
	}

	String industrySection() {
		return industrySection;
	}

	String representativeName() {
		return representativeName;
	}

	String assignee() {
		return assignee;
	}

	Instant assignedAt() {
		return assignedAt;
	}

	Instant lastActionAt() {
		return lastActionAt;
	}

	long version() {
		return version;
	}

}
