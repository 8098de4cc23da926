package kr.sangsaeng.disbursement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.sangsaeng.disbursement.ClaimChanged.ClaimStep;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Banks' claims on defaulted loans (대위변제 청구) and the agency's check of them with four eyes: one person of the
 * loan's agency recommends what to pay, another approves the payment; either may be an approver who rejects it with a
 * reason instead. What is recovered afterwards is recorded against the claim, never more than was paid.
 * <p>
 * A bank sees only its own loans' claims, an agency only the claims on its own guarantees; others are not found.
 */
@Service
@Transactional
public class Claims {

	public static final int LONGEST_REFERENCE = 64;

	public static final int LONGEST_REASON = 1000;

	private static final String COLUMNS = "id, application_id, covered_loss_won, claimed_won, default_date, "
			+ "bank_reference, status, filed_by, channel, filed_at, recommended_won, recommendation_note, "
			+ "recommended_by, recommended_at, paid_won, paid_on, approved_by, rejection_reason, decided_by, decided_at";

	/**
	 * What filing did: filed a new claim, or found the same claim filed already.
	 */
	public record Filing(Claim claim, boolean filed) {
	}

	/**
	 * A claim with its loan, as the agency's queue lists it.
	 */
	public record Entry(Claim claim, Loan loan) {
	}

	private final JdbcClient jdbc;

	private final Loans loans;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Claims(JdbcClient jdbc, Loans loans, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.loans = loans;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The bank claims {@code claimed} of {@code coveredLoss} on its defaulted loan. The same claim again files nothing
	 * and returns the first; however many arrive at once, one is filed.
	 *
	 * @throws ClaimConflictException when the loan is not in default, or another claim of it is open or paid
	 * @throws LoanRuleException when an amount or the date is not possible for the loan, named by its field
	 */
	public Filing file(BankCode bankCode, ApplicationId id, Won coveredLoss, Won claimed, LocalDate defaultDate,
			String reference, Actor actor, DisbursementChannel channel) {
		Loan loan = loans.locked(bankCode, id);
		Optional<Claim> standing = standing(id);
		if (standing.isPresent()) {
			if (standing.get().says(coveredLoss, claimed, defaultDate, reference)) {
				return new Filing(standing.get(), false);
			}
			throw new ClaimConflictException(null, "claim.rule.standing", standing.get().status().messageKey());
		}
		if (loan.status() != LoanStatus.DEFAULTED) {
			throw new ClaimConflictException(null, "claim.rule.notDefaulted", loan.status().messageKey());
		}
		if (coveredLoss.isZero()) {
			throw new LoanRuleException("coveredLossWon", "loan.rule.zeroAmount");
		}
		if (claimed.isZero()) {
			throw new LoanRuleException("claimedWon", "loan.rule.zeroAmount");
		}
		if (coveredLoss.isGreaterThan(loan.disbursed())) {
			throw new LoanRuleException("coveredLossWon", "claim.rule.lossAboveDisbursed", loan.disbursed());
		}
		Won limit = loan.guaranteeRatio().of(coveredLoss);
		if (claimed.isGreaterThan(limit)) {
			throw new LoanRuleException("claimedWon", "claim.rule.aboveGuaranteedShare", limit,
					loan.guaranteeRatio().plain());
		}
		LocalDate today = SeoulTime.today(clock);
		if (defaultDate.isAfter(today)) {
			throw new LoanRuleException("defaultDate", "claim.rule.futureDefault", today);
		}
		LocalDate issued = LocalDate.ofInstant(loan.issuedAt(), SeoulTime.ZONE);
		if (defaultDate.isBefore(issued)) {
			throw new LoanRuleException("defaultDate", "claim.rule.defaultBeforeGuarantee", issued);
		}
		long claimId = jdbc
			.sql("insert into loan_claim (application_id, covered_loss_won, claimed_won, default_date, bank_reference, "
					+ "status, filed_by, channel, filed_at) values (:loan, :loss, :claimed, :defaultDate, :reference, "
					+ "'FILED', :actor, :channel, :at) returning id")
			.param("loan", id.value())
			.param("loss", coveredLoss.value())
			.param("claimed", claimed.value())
			.param("defaultDate", defaultDate)
			.param("reference", reference)
			.param("actor", actor.name())
			.param("channel", channel.name())
			.param("at", Timestamp.from(now()))
			.query(Long.class)
			.single();
		publish(claimId, loan, ClaimStep.FILED, coveredLoss, claimed, defaultDate, reference, actor);
		return new Filing(find(claimId).orElseThrow(), true);
	}

	/**
	 * The loan's claims, latest first.
	 */
	@Transactional(readOnly = true)
	public List<Claim> ofLoan(ApplicationId id) {
		return jdbc.sql("select " + COLUMNS + " from loan_claim where application_id = :loan order by filed_at desc, "
				+ "id desc")
			.param("loan", id.value())
			.query((row, number) -> claim(row))
			.list()
			.stream()
			.map(this::withRecoveries)
			.toList();
	}

	/**
	 * The claim of the loan that is open or paid, if there is one.
	 */
	@Transactional(readOnly = true)
	public Optional<Claim> standing(ApplicationId id) {
		return jdbc.sql("select " + COLUMNS + " from loan_claim where application_id = :loan and status <> 'REJECTED'")
			.param("loan", id.value())
			.query((row, number) -> claim(row))
			.optional()
			.map(this::withRecoveries);
	}

	/**
	 * The claims on the agency's guarantees: open ones first, oldest first among them, then the decided ones, latest
	 * decision first.
	 */
	@Transactional(readOnly = true)
	public List<Entry> queue(AgencyCode agency) {
		List<Claim> claims = jdbc
			.sql("select " + prefixed("c") + " from loan_claim c join loan l on l.application_id = c.application_id "
					+ "where l.agency_code = :agency order by case when c.status in ('FILED', 'RECOMMENDED') then 0 "
					+ "else 1 end, case when c.status in ('FILED', 'RECOMMENDED') then c.filed_at end asc, "
					+ "c.decided_at desc, c.id desc limit 500")
			.param("agency", agency.value())
			.query((row, number) -> claim(row))
			.list();
		Map<ApplicationId, Loan> ofClaims = loans.ofApplications(claims.stream().map(Claim::loan).toList());
		return claims.stream().map(claim -> new Entry(claim, ofClaims.get(claim.loan()))).toList();
	}

	/**
	 * The claim, if it is on one of the agency's guarantees.
	 */
	@Transactional(readOnly = true)
	public Entry ofAgency(AgencyCode agency, long claimId) {
		Claim claim = find(claimId).orElseThrow(ClaimNotFoundException::new);
		Loan loan = loans.ofApplication(claim.loan())
			.filter(candidate -> candidate.agencyCode().equals(agency))
			.orElseThrow(ClaimNotFoundException::new);
		return new Entry(claim, loan);
	}

	/**
	 * The agency's first person proposes what to pay: at most what was claimed, and less only with a reason.
	 */
	public Claim recommend(SignedInUser staff, long claimId, Won amount, String note) {
		Entry entry = lockedForAgency(staff, claimId);
		Claim claim = entry.claim();
		if (claim.status() != ClaimStatus.FILED) {
			throw new LoanRuleException(null, "claim.rule.notFiled", claim.status().messageKey());
		}
		if (amount.isZero()) {
			throw new LoanRuleException("amountWon", "loan.rule.zeroAmount");
		}
		if (amount.isGreaterThan(claim.claimed())) {
			throw new LoanRuleException("amountWon", "claim.rule.aboveClaimed", claim.claimed());
		}
		String reason = note == null || note.isBlank() ? null : note.strip();
		if (amount.isLessThan(claim.claimed()) && reason == null) {
			throw new LoanRuleException("note", "claim.rule.reasonForLess", claim.claimed());
		}
		jdbc.sql("update loan_claim set status = 'RECOMMENDED', recommended_won = :amount, recommendation_note = :note, "
				+ "recommended_by = :actor, recommended_at = :at where id = :id")
			.param("amount", amount.value())
			.param("note", reason)
			.param("actor", staff.getUsername())
			.param("at", Timestamp.from(now()))
			.param("id", claimId)
			.update();
		publish(claimId, entry.loan(), ClaimStep.RECOMMENDED, null, amount, null, reason, staff.actor());
		return find(claimId).orElseThrow();
	}

	/**
	 * A second person, an approver, approves the recommendation: the claim is paid its recommended amount on
	 * {@code paidOn}. However many approve at once, it is paid once.
	 */
	public Claim pay(SignedInUser approver, long claimId, LocalDate paidOn) {
		requireApprover(approver);
		Entry entry = lockedForAgency(approver, claimId);
		Claim claim = entry.claim();
		if (claim.status() != ClaimStatus.RECOMMENDED) {
			throw new LoanRuleException(null, "claim.rule.nothingToApprove", claim.status().messageKey());
		}
		if (claim.recommendedBy().equals(approver.getUsername())) {
			throw new LoanRuleException(null, "claim.rule.ownRecommendation");
		}
		LocalDate today = SeoulTime.today(clock);
		if (paidOn.isAfter(today)) {
			throw new LoanRuleException("paidOn", "claim.rule.futurePayment", today);
		}
		if (paidOn.isBefore(LocalDate.ofInstant(claim.filedAt(), SeoulTime.ZONE))) {
			throw new LoanRuleException("paidOn", "claim.rule.paymentBeforeFiling",
					LocalDate.ofInstant(claim.filedAt(), SeoulTime.ZONE));
		}
		jdbc.sql("update loan_claim set status = 'PAID', paid_won = recommended_won, paid_on = :paidOn, "
				+ "approved_by = :actor, decided_by = :actor, decided_at = :at where id = :id")
			.param("paidOn", paidOn)
			.param("actor", approver.getUsername())
			.param("at", Timestamp.from(now()))
			.param("id", claimId)
			.update();
		publish(claimId, entry.loan(), ClaimStep.PAID, null, claim.recommended(), paidOn, null, approver.actor());
		return find(claimId).orElseThrow();
	}

	/**
	 * An approver rejects the open claim, saying why; the bank may file a new one.
	 */
	public Claim reject(SignedInUser approver, long claimId, String reason) {
		requireApprover(approver);
		Entry entry = lockedForAgency(approver, claimId);
		Claim claim = entry.claim();
		if (!claim.status().isOpen()) {
			throw new LoanRuleException(null, "claim.rule.decided", claim.status().messageKey());
		}
		if (reason == null || reason.isBlank()) {
			throw new LoanRuleException("reason", "claim.rule.reasonRequired");
		}
		jdbc.sql("update loan_claim set status = 'REJECTED', rejection_reason = :reason, decided_by = :actor, "
				+ "decided_at = :at where id = :id")
			.param("reason", reason.strip())
			.param("actor", approver.getUsername())
			.param("at", Timestamp.from(now()))
			.param("id", claimId)
			.update();
		publish(claimId, entry.loan(), ClaimStep.REJECTED, null, null, null, reason.strip(), approver.actor());
		return find(claimId).orElseThrow();
	}

	/**
	 * The agency records won recovered on its paid claim.
	 */
	public Claim recordRecovery(SignedInUser staff, long claimId, Won amount, LocalDate recoveredOn) {
		return recover(lockedForAgency(staff, claimId), amount, recoveredOn, staff.actor());
	}

	/**
	 * The bank records won recovered on its loan's paid claim.
	 */
	public Claim recordRecovery(BankCode bankCode, ApplicationId id, Won amount, LocalDate recoveredOn, Actor actor) {
		Loan loan = loans.find(bankCode, id).orElseThrow(LoanNotFoundException::new);
		Claim claim = standing(id).filter(candidate -> candidate.status() == ClaimStatus.PAID)
			.orElseThrow(() -> new LoanRuleException(null, "claim.rule.recoveryUnpaid"));
		return recover(locked(claim.id(), loan), amount, recoveredOn, actor);
	}

	private Claim recover(Entry entry, Won amount, LocalDate recoveredOn, Actor actor) {
		Claim claim = entry.claim();
		if (claim.status() != ClaimStatus.PAID) {
			throw new LoanRuleException(null, "claim.rule.recoveryUnpaid");
		}
		if (amount.isZero() || amount.isGreaterThan(claim.unrecovered())) {
			throw new LoanRuleException("amountWon", "claim.rule.recoveryAbovePaid", claim.unrecovered());
		}
		LocalDate today = SeoulTime.today(clock);
		if (recoveredOn.isAfter(today)) {
			throw new LoanRuleException("recoveredOn", "claim.rule.futureRecovery", today);
		}
		if (recoveredOn.isBefore(claim.paidOn())) {
			throw new LoanRuleException("recoveredOn", "claim.rule.recoveryBeforePayment", claim.paidOn());
		}
		jdbc.sql("insert into loan_claim_recovery (claim_id, recovered_won, recovered_on, recorded_by, recorded_at) "
				+ "values (:claim, :amount, :on, :actor, :at)")
			.param("claim", claim.id())
			.param("amount", amount.value())
			.param("on", recoveredOn)
			.param("actor", actor.name())
			.param("at", Timestamp.from(now()))
			.update();
		publish(claim.id(), entry.loan(), ClaimStep.RECOVERY_RECORDED, null, amount, recoveredOn, null, actor);
		return find(claim.id()).orElseThrow();
	}

	private static void requireApprover(SignedInUser staff) {
		if (!staff.hasRole(Role.AGENCY_APPROVER)) {
			throw new LoanRuleException(null, "claim.rule.approverOnly");
		}
	}

	private Entry lockedForAgency(SignedInUser staff, long claimId) {
		Entry entry = ofAgency(staff.organisation().agencyCode(), claimId);
		return locked(claimId, entry.loan());
	}

	/**
	 * The claim as it stands once this transaction holds its row.
	 */
	private Entry locked(long claimId, Loan loan) {
		jdbc.sql("select id from loan_claim where id = :id for update").param("id", claimId).query(Long.class).single();
		return new Entry(find(claimId).orElseThrow(ClaimNotFoundException::new), loan);
	}

	private void publish(long claimId, Loan loan, ClaimStep step, Won coveredLoss, Won amount, LocalDate date,
			String text, Actor actor) {
		events.publishEvent(new ClaimChanged(claimId, loan.id(), loan.organisationId(), loan.bankCode(),
				loan.agencyCode(), step, coveredLoss, amount, date, text, actor.name(), now()));
	}

	private Optional<Claim> find(long claimId) {
		return jdbc.sql("select " + COLUMNS + " from loan_claim where id = :id")
			.param("id", claimId)
			.query((row, number) -> claim(row))
			.optional()
			.map(this::withRecoveries);
	}

	private Claim withRecoveries(Claim claim) {
		List<ClaimRecovery> recoveries = jdbc
			.sql("select id, recovered_won, recovered_on, recorded_by, recorded_at from loan_claim_recovery "
					+ "where claim_id = :claim order by recovered_on, id")
			.param("claim", claim.id())
			.query((row, number) -> new ClaimRecovery(row.getLong(1), Won.of(row.getLong(2)),
					row.getObject(3, LocalDate.class), row.getString(4), row.getTimestamp(5).toInstant()))
			.list();
		return new Claim(claim.id(), claim.loan(), claim.coveredLoss(), claim.claimed(), claim.defaultDate(),
				claim.bankReference(), claim.status(), claim.filedBy(), claim.channel(), claim.filedAt(),
				claim.recommended(), claim.recommendationNote(), claim.recommendedBy(), claim.recommendedAt(),
				claim.paid(), claim.paidOn(), claim.approvedBy(), claim.rejectionReason(), claim.decidedBy(),
				claim.decidedAt(), recoveries);
	}

	private Instant now() {
		return clock.instant();
	}

	private static String prefixed(String alias) {
		return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
	}

	private static Claim claim(ResultSet row) throws SQLException {
		return new Claim(row.getLong("id"), new ApplicationId(row.getLong("application_id")),
				Won.of(row.getLong("covered_loss_won")), Won.of(row.getLong("claimed_won")),
				row.getObject("default_date", LocalDate.class), row.getString("bank_reference"),
				ClaimStatus.valueOf(row.getString("status")), row.getString("filed_by"),
				DisbursementChannel.valueOf(row.getString("channel")), row.getTimestamp("filed_at").toInstant(),
				won(row, "recommended_won"), row.getString("recommendation_note"), row.getString("recommended_by"),
				instant(row, "recommended_at"), won(row, "paid_won"), row.getObject("paid_on", LocalDate.class),
				row.getString("approved_by"), row.getString("rejection_reason"), row.getString("decided_by"),
				instant(row, "decided_at"), List.of());
	}

	private static Won won(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : Won.of(value);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
