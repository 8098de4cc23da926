package kr.sangsaeng.disbursement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.Pots;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeRuleException;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.review.Guarantee;
import kr.sangsaeng.review.Guarantees;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of a guaranteed loan after approval: a lower amount, a longer term, or another lending bank of the same
 * agreement. The SME or the bank asks, with a reason; a reviewer of the agency that issued the guarantee decides
 * like on the original application: above the programme's four-eyes threshold, and for every bank change, the
 * reviewer recommends and a second person (an approver) confirms. An approved change moves the loan, its guarantee,
 * the application, the capacity reservation and the benefit pots in one transaction.
 * <p>
 * A loan that the person asking may not see is reported as not found.
 */
@Service
@Transactional
public class LoanChanges {

	private static final String COLUMNS = "id, application_id, kind, status, previous_won, new_won, "
			+ "previous_term_months, new_term_months, previous_bank_code, new_bank_code, reason, requested_by, "
			+ "requested_by_role, requested_at, recommended_by, recommended_at, decided_by, decided_at, "
			+ "rejection_reason";

	private final JdbcClient jdbc;

	private final Loans loans;

	private final Guarantees guarantees;

	private final ProgrammeCatalogue catalogue;

	private final CapacityLedger ledger;

	private final Pots pots;

	private final GuaranteeApplications applications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LoanChanges(JdbcClient jdbc, Loans loans, Guarantees guarantees, ProgrammeCatalogue catalogue,
			CapacityLedger ledger, Pots pots, GuaranteeApplications applications, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.loans = loans;
		this.guarantees = guarantees;
		this.catalogue = catalogue;
		this.ledger = ledger;
		this.pots = pots;
		this.applications = applications;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What a change asks for; only the figure of its kind is read.
	 */
	public record Request(LoanChangeKind kind, Won newAmount, Integer newTermMonths, BankCode newBank,
			String reason) {
	}

	/**
	 * The loan as {@code user} may see it for changes: the SME that borrows, the bank that lends, or staff of the
	 * agency that guarantees it.
	 *
	 * @throws LoanNotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public Loan loanFor(SignedInUser user, ApplicationId id) {
		Loan loan = loans.ofApplication(id).orElseThrow(LoanNotFoundException::new);
		if (!maySee(user, loan)) {
			throw new LoanNotFoundException();
		}
		return loan;
	}

	/**
	 * The loan's changes, oldest first, for whoever may see the loan.
	 */
	@Transactional(readOnly = true)
	public List<LoanChange> history(SignedInUser user, ApplicationId id) {
		loanFor(user, id);
		return jdbc.sql("select " + COLUMNS + " from loan_change where application_id = :id order by requested_at, id")
			.param("id", id.value())
			.query((row, number) -> change(row))
			.list();
	}

	/**
	 * The changes of a loan the bank lends, oldest first, for its system.
	 *
	 * @throws LoanNotFoundException when another bank lends it
	 */
	@Transactional(readOnly = true)
	public List<LoanChange> ofBank(BankCode bank, ApplicationId id) {
		loans.find(bank, id).orElseThrow(LoanNotFoundException::new);
		return jdbc.sql("select " + COLUMNS + " from loan_change where application_id = :id order by requested_at, id")
			.param("id", id.value())
			.query((row, number) -> change(row))
			.list();
	}

	/**
	 * The open changes of loans that {@code staff}'s agency guarantees, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<LoanChange> awaiting(SignedInUser staff) {
		if (!isAgencyStaff(staff)) {
			return List.of();
		}
		return jdbc.sql("select " + "c." + COLUMNS.replace(", ", ", c.") + " from loan_change c join loan l on l.application_id = "
				+ "c.application_id where l.agency_code = :agency and c.status in ('REQUESTED', 'RECOMMENDED') "
				+ "order by c.requested_at, c.id")
			.param("agency", staff.organisation().agencyCode().value())
			.query((row, number) -> change(row))
			.list();
	}

	/**
	 * The lending banks of the loan's agreement it could move to.
	 */
	@Transactional(readOnly = true)
	public List<BankCode> otherBanks(SignedInUser user, ApplicationId id) {
		Loan loan = loanFor(user, id);
		return agreement(loan).map(agreement -> agreement.banks().stream()
			.map(bank -> new BankCode(bank.code()))
			.filter(bank -> !bank.equals(loan.bankCode()))
			.toList()).orElse(List.of());
	}

	/**
	 * The SME or the bank asks for a change, with a reason.
	 *
	 * @throws LoanNotFoundException when {@code requester} neither borrows nor lends the loan
	 * @throws LoanRuleException on the field at fault when the change is not possible
	 */
	public LoanChange request(SignedInUser requester, ApplicationId id, Request request) {
		Loan loan = loanFor(requester, id);
		if (!requester.hasRole(Role.SME_APPLICANT) && !requester.hasRole(Role.BANK_OFFICER)) {
			throw new LoanNotFoundException();
		}
		Guarantee guarantee = guarantees.ofApplication(id).orElseThrow(LoanNotFoundException::new);
		if (!loan.status().acceptsPayments()) {
			throw new LoanRuleException(null, "loanChange.rule.loanClosed", loan.status().messageKey());
		}
		if (request.reason() == null || request.reason().isBlank()) {
			throw new LoanRuleException("reason", "loanChange.rule.reasonRequired");
		}
		if (request.reason().strip().length() > 2000) {
			throw new LoanRuleException("reason", "loanChange.rule.reasonTooLong", 2000);
		}
		Won newAmount = loan.approved();
		int newTerm = guarantee.termMonths();
		BankCode newBank = loan.bankCode();
		switch (request.kind()) {
			case AMOUNT_DOWN -> {
				newAmount = request.newAmount();
				if (newAmount == null || newAmount.isZero() || !newAmount.isLessThan(loan.approved())) {
					throw new LoanRuleException("newAmountWon", "loanChange.rule.amountNotLower", loan.approved());
				}
				if (newAmount.isLessThan(loan.disbursed())) {
					throw new LoanRuleException("newAmountWon", "loanChange.rule.amountBelowDisbursed",
							loan.disbursed());
				}
			}
			case TERM_EXTENSION -> {
				int longest = catalogue.find(loan.programmeCode()).orElseThrow().terms().maxTermMonths();
				if (request.newTermMonths() == null || request.newTermMonths() <= guarantee.termMonths()) {
					throw new LoanRuleException("newTermMonths", "loanChange.rule.termNotLonger",
							guarantee.termMonths());
				}
				if (request.newTermMonths() > longest) {
					throw new LoanRuleException("newTermMonths", "loanChange.rule.termAboveMaximum", longest);
				}
				newTerm = request.newTermMonths();
			}
			case BANK_CHANGE -> {
				if (!loan.disbursed().isZero() || loan.firstDisbursedAt() != null) {
					throw new LoanRuleException("newBankCode", "loanChange.rule.bankAfterDisbursement");
				}
				if (request.newBank() == null || request.newBank().equals(loan.bankCode())
						|| agreement(loan).filter(agreement -> agreement.isLentBy(request.newBank())).isEmpty()) {
					throw new LoanRuleException("newBankCode", "loanChange.rule.bankNotInAgreement");
				}
				newBank = request.newBank();
			}
		}
		Instant now = clock.instant();
		long change;
		try {
			change = jdbc.sql("insert into loan_change (application_id, kind, status, previous_won, new_won, "
					+ "previous_term_months, new_term_months, previous_bank_code, new_bank_code, reason, requested_by, "
					+ "requested_by_role, requested_at) values (:id, :kind, 'REQUESTED', :previousWon, :newWon, "
					+ ":previousTerm, :newTerm, :previousBank, :newBank, :reason, :by, :role, :at) returning id")
				.param("id", id.value())
				.param("kind", request.kind().name())
				.param("previousWon", loan.approved().value())
				.param("newWon", newAmount.value())
				.param("previousTerm", guarantee.termMonths())
				.param("newTerm", newTerm)
				.param("previousBank", loan.bankCode().value())
				.param("newBank", newBank.value())
				.param("reason", request.reason().strip())
				.param("by", requester.getUsername())
				.param("role", requester.role().name())
				.param("at", Timestamp.from(now))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException oneOpenAlready) {
			throw new LoanRuleException(null, "loanChange.rule.alreadyOpen");
		}
		LoanChange requested = find(change);
		publish(requested, loan, loan.bankCode(), request.reason().strip(), requester.getUsername(), now);
		return requested;
	}

	/**
	 * A reviewer of the guaranteeing agency approves. Above the four-eyes threshold, and for a bank change, this
	 * recommends the change to a second person; otherwise it applies it.
	 *
	 * @throws LoanRuleException when the change is decided already, or no longer possible
	 */
	public LoanChange approve(SignedInUser staff, long changeId) {
		LoanChange change = openFor(staff, changeId);
		Loan loan = loans.ofApplication(change.loan()).orElseThrow();
		if (change.status() == LoanChangeStatus.RECOMMENDED) {
			throw new LoanRuleException(null, "loanChange.rule.awaitsSecondPerson");
		}
		if (needsSecondPerson(change, loan)) {
			Instant now = clock.instant();
			int moved = jdbc.sql("update loan_change set status = 'RECOMMENDED', recommended_by = :by, "
					+ "recommended_at = :at where id = :id and status = 'REQUESTED'")
				.param("by", staff.getUsername())
				.param("at", Timestamp.from(now))
				.param("id", changeId)
				.update();
			if (moved == 0) {
				throw new LoanRuleException(null, "loanChange.rule.decidedAlready");
			}
			LoanChange recommended = find(changeId);
			publish(recommended, loan, loan.bankCode(), null, staff.getUsername(), now);
			return recommended;
		}
		return apply(change, staff, "REQUESTED");
	}

	/**
	 * A second person, an approver who did not recommend it, confirms a recommended change and so applies it.
	 */
	public LoanChange confirm(SignedInUser approver, long changeId) {
		LoanChange change = openFor(approver, changeId);
		if (!approver.hasRole(Role.AGENCY_APPROVER)) {
			throw new LoanRuleException(null, "loanChange.rule.approverOnly");
		}
		if (change.status() != LoanChangeStatus.RECOMMENDED) {
			throw new LoanRuleException(null, "loanChange.rule.nothingToConfirm");
		}
		if (approver.getUsername().equals(change.recommendedBy())) {
			throw new LoanRuleException(null, "loanChange.rule.ownRecommendation");
		}
		return apply(change, approver, "RECOMMENDED");
	}

	/**
	 * Staff of the guaranteeing agency turn the change down, saying why; an approver may also turn down a
	 * recommended one.
	 */
	public LoanChange reject(SignedInUser staff, long changeId, String reason) {
		LoanChange change = openFor(staff, changeId);
		if (reason == null || reason.isBlank()) {
			throw new LoanRuleException("rejectionReason", "loanChange.rule.rejectionNeedsReason");
		}
		if (reason.strip().length() > 2000) {
			throw new LoanRuleException("rejectionReason", "loanChange.rule.reasonTooLong", 2000);
		}
		if (change.status() == LoanChangeStatus.RECOMMENDED && !staff.hasRole(Role.AGENCY_APPROVER)) {
			throw new LoanRuleException(null, "loanChange.rule.approverOnly");
		}
		Instant now = clock.instant();
		int moved = jdbc.sql("update loan_change set status = 'REJECTED', rejection_reason = :reason, decided_by = :by, "
				+ "decided_at = :at where id = :id and status = :status")
			.param("reason", reason.strip())
			.param("by", staff.getUsername())
			.param("at", Timestamp.from(now))
			.param("id", changeId)
			.param("status", change.status().name())
			.update();
		if (moved == 0) {
			throw new LoanRuleException(null, "loanChange.rule.decidedAlready");
		}
		LoanChange rejected = find(changeId);
		Loan loan = loans.ofApplication(change.loan()).orElseThrow();
		publish(rejected, loan, loan.bankCode(), reason.strip(), staff.getUsername(), now);
		return rejected;
	}

	/**
	 * Whether deciding the change takes a second person.
	 */
	@Transactional(readOnly = true)
	public boolean needsSecondPerson(LoanChange change, Loan loan) {
		return change.kind() == LoanChangeKind.BANK_CHANGE || change.previousAmount()
			.isGreaterThan(catalogue.find(loan.programmeCode()).orElseThrow().terms().fourEyesThreshold());
	}

	private LoanChange apply(LoanChange change, SignedInUser decider, String expectedStatus) {
		Instant now = clock.instant();
		int moved = jdbc.sql("update loan_change set status = 'APPROVED', decided_by = :by, decided_at = :at "
				+ "where id = :id and status = :status")
			.param("by", decider.getUsername())
			.param("at", Timestamp.from(now))
			.param("id", change.id())
			.param("status", expectedStatus)
			.update();
		if (moved == 0) {
			throw new LoanRuleException(null, "loanChange.rule.decidedAlready");
		}
		Loan loan = loans.lockedForChange(change.loan());
		if (!loan.status().acceptsPayments()) {
			throw new LoanRuleException(null, "loanChange.rule.loanClosed", loan.status().messageKey());
		}
		ProgrammeSummary programme = catalogue.find(loan.programmeCode()).orElseThrow();
		Guarantee guarantee = guarantees.ofApplication(change.loan()).orElseThrow();
		String why = "loan-change:" + change.id();
		switch (change.kind()) {
			case AMOUNT_DOWN -> {
				if (change.newAmount().isLessThan(loan.disbursed())) {
					throw new LoanRuleException("newAmountWon", "loanChange.rule.amountBelowDisbursed",
							loan.disbursed());
				}
				if (!loan.approved().equals(change.previousAmount())) {
					throw new LoanRuleException(null, "loanChange.rule.loanChangedSince");
				}
				try {
					ledger.lower(change.loan(), change.newAmount(), loan.guaranteeRatio(), why, decider.getUsername());
				}
				catch (ProgrammeRuleException refused) {
					throw new LoanRuleException("newAmountWon", "loanChange.rule.amountBelowDisbursed",
							loan.disbursed());
				}
			}
			case TERM_EXTENSION -> {
				if (guarantee.termMonths() != change.previousTermMonths()) {
					throw new LoanRuleException(null, "loanChange.rule.loanChangedSince");
				}
			}
			case BANK_CHANGE -> {
				if (!loan.disbursed().isZero() || loan.firstDisbursedAt() != null) {
					throw new LoanRuleException(null, "loanChange.rule.bankAfterDisbursement");
				}
			}
		}
		try {
			AgreementCode agreementCode = applications.details(loan.id()).orElseThrow().application().agreementCode();
			pots.redraw(change.loan(), programme.yearlyCosts(agreementCode, change.newAmount(), change.newTermMonths(),
					guarantee.ratio(), guarantee.feeRate()).benefitCosts());
		}
		catch (ProgrammeRuleException potShort) {
			throw new LoanRuleException(null, "loanChange.rule.potCannotPay", potShort.arguments());
		}
		guarantees.change(change.loan(), change.newAmount(), change.newTermMonths(), change.newBank());
		applications.changeAfterApproval(change.loan(), change.newAmount(), change.newTermMonths(), change.newBank());
		loans.applyChange(loan, change.newAmount(), change.newBank(), now, decider.actor());
		LoanChange approved = find(change.id());
		publish(approved, loan, change.newBank(), null, decider.getUsername(), now);
		return approved;
	}

	/**
	 * A change as staff of the agency that guarantees its loan see it.
	 *
	 * @throws LoanNotFoundException for anyone else
	 */
	@Transactional(readOnly = true)
	public LoanChange forAgency(SignedInUser staff, long changeId) {
		LoanChange change = jdbc.sql("select " + COLUMNS + " from loan_change where id = :id")
			.param("id", changeId)
			.query((row, number) -> change(row))
			.optional()
			.orElseThrow(LoanNotFoundException::new);
		Loan loan = loans.ofApplication(change.loan()).orElseThrow(LoanNotFoundException::new);
		if (!isAgencyStaff(staff) || !staff.organisation().isAgency(loan.agencyCode())) {
			throw new LoanNotFoundException();
		}
		return change;
	}

	private LoanChange openFor(SignedInUser staff, long changeId) {
		LoanChange change = forAgency(staff, changeId);
		if (!change.isOpen()) {
			throw new LoanRuleException(null, "loanChange.rule.decidedAlready");
		}
		return change;
	}

	private Optional<Agreement> agreement(Loan loan) {
		return applications.details(loan.id())
			.flatMap(details -> catalogue.find(loan.programmeCode())
				.flatMap(programme -> programme.agreement(details.application().agreementCode())));
	}

	private LoanChange find(long id) {
		return jdbc.sql("select " + COLUMNS + " from loan_change where id = :id")
			.param("id", id)
			.query((row, number) -> change(row))
			.single();
	}

	private void publish(LoanChange change, Loan loan, BankCode bank, String text, String actor, Instant at) {
		events.publishEvent(new LoanChangeRecorded(change.id(), change.loan(), loan.organisationId(), bank,
				loan.agencyCode(), change.kind(), change.status(), change, text, actor, at));
	}

	private static boolean maySee(SignedInUser user, Loan loan) {
		if (user.hasRole(Role.SME_APPLICANT)) {
			return user.organisation().id() == loan.organisationId();
		}
		if (user.hasRole(Role.BANK_OFFICER)) {
			return user.organisation().isBank(loan.bankCode());
		}
		return isAgencyStaff(user) && user.organisation().isAgency(loan.agencyCode());
	}

	private static boolean isAgencyStaff(SignedInUser user) {
		return user.hasRole(Role.AGENCY_REVIEWER) || user.hasRole(Role.AGENCY_APPROVER);
	}

	private static LoanChange change(ResultSet row) throws SQLException {
		return new LoanChange(row.getLong(1), new ApplicationId(row.getLong(2)),
				LoanChangeKind.valueOf(row.getString(3)), LoanChangeStatus.valueOf(row.getString(4)),
				Won.of(row.getLong(5)), Won.of(row.getLong(6)), row.getInt(7), row.getInt(8),
				new BankCode(row.getString(9)), new BankCode(row.getString(10)), row.getString(11), row.getString(12),
				row.getString(13), instant(row, 14), row.getString(15), instant(row, 16), row.getString(17),
				instant(row, 18), row.getString(19));
	}

	private static Instant instant(ResultSet row, int column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
