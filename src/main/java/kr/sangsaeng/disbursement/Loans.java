package kr.sangsaeng.disbursement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.review.GuaranteeCertificateIssued;
import kr.sangsaeng.review.GuaranteeIssued;
import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guaranteed loans as banks pay them out: payments in tranches that never add up to more than the approved amount,
 * reversals of mistaken payments, and the loan's end (repaid, defaulted, or cancelled before any payment). Every
 * movement updates the programme's capacity ledger and the application's status in the same transaction.
 * <p>
 * Every method takes the bank asking; another bank's loan is reported as not found.
 */
@Service
@Transactional
public class Loans {

	public static final int PAGE_SIZE = 25;

	/**
	 * Payments dated earlier than this are taken for typing mistakes.
	 */
	static final LocalDate EARLIEST_PAYMENT = LocalDate.of(2000, 1, 1);

	private static final String COLUMNS = "application_id, guarantee_number, programme_code, agency_code, bank_code, "
			+ "organisation_id, business_number, company_name, approved_won, disbursed_won, status, issued_at, "
			+ "first_disbursed_at, closed_at, version, guarantee_ratio_percent, certificate_issued_at, "
			+ "certificate_acknowledged_at";

	private final JdbcClient jdbc;

	private final CapacityLedger ledger;

	private final GuaranteeApplications applications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Loans(JdbcClient jdbc, CapacityLedger ledger, GuaranteeApplications applications, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.applications = applications;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A guarantee was issued: its loan is open for payments, in the approval's transaction.
	 */
	// In the approval's transaction: an issued guarantee is never without its loan.
	@EventListener
	void open(GuaranteeIssued issued) {
		jdbc.sql("insert into loan (application_id, guarantee_number, programme_code, agency_code, bank_code, "
				+ "organisation_id, business_number, company_name, approved_won, issued_at, guarantee_ratio_percent) "
				+ "values (:application, :number, :programme, :agency, :bank, :organisation, :businessNumber, "
				+ ":company, :approved, :issued, :ratio)")
			.param("application", issued.application().value())
			.param("number", issued.guaranteeNumber())
			.param("programme", issued.programmeCode().value())
			.param("agency", issued.agencyCode().value())
			.param("bank", issued.bankCode().value())
			.param("organisation", issued.organisationId())
			.param("businessNumber", issued.businessNumber())
			.param("company", issued.companyName())
			.param("approved", issued.loanAmount().value())
			.param("issued", Timestamp.from(issued.issuedAt()))
			.param("ratio", issued.ratio().value())
			.update();
	}

	/**
	 * The certificate was issued once the SME accepted the agreement and its fee was paid: it reaches the bank.
	 */
	// In the transaction that records the fee: the certificate is issued and delivered together.
	@EventListener
	void deliver(GuaranteeCertificateIssued issued) {
		deliverCertificate(issued.application(), issued.issuedAt());
	}

	/**
	 * The loan's guarantee certificate reaches its lending bank, when it is issued or when the loan moves to another
	 * bank: the bank acknowledges it before it pays anything out.
	 */
	private void deliverCertificate(ApplicationId id, Instant at) {
		jdbc.sql("update loan set certificate_issued_at = :at, certificate_acknowledged_at = null, "
				+ "certificate_acknowledged_by = null, version = version + 1 where application_id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id.value())
			.update();
	}

	/**
	 * The bank acknowledges receiving the loan's guarantee certificate. Acknowledging again changes nothing: however
	 * many acknowledgements arrive at once, one is recorded.
	 *
	 * @throws CertificateNotAcknowledgedException when no certificate was delivered yet
	 */
	public Loan acknowledgeCertificate(BankCode bankCode, ApplicationId id, Actor actor) {
		return acknowledgeCertificate(bankCode, id, actor, clock.instant());
	}

	Loan acknowledgeCertificate(BankCode bankCode, ApplicationId id, Actor actor, Instant at) {
		Loan loan = find(bankCode, id).orElseThrow(LoanNotFoundException::new);
		if (!loan.hasCertificate()) {
			throw new CertificateNotAcknowledgedException("loan.rule.certificateNotIssued");
		}
		int changed = jdbc.sql("update loan set certificate_acknowledged_at = :at, certificate_acknowledged_by = :actor, "
				+ "version = version + 1 where application_id = :id and bank_code = :bank "
				+ "and certificate_issued_at is not null and certificate_acknowledged_at is null")
			.param("at", Timestamp.from(at))
			.param("actor", actor.name())
			.param("id", id.value())
			.param("bank", bankCode.value())
			.update();
		if (changed == 1) {
			events.publishEvent(new CertificateAcknowledged(id, loan.guaranteeNumber(), bankCode, actor.name(), at));
		}
		return find(bankCode, id).orElseThrow(LoanNotFoundException::new);
	}

	/**
	 * What to look for among a bank's loans; every field is optional.
	 *
	 * @param text part of the company name, the first digits of its business number, or a guarantee number
	 */
	public record Filter(LoanStatus status, ProgrammeCode programmeCode, String text) {

		public static Filter none() {
			return new Filter(null, null, null);
		}

	}

	/**
	 * A page of a bank's loans, newest first, and whether more follow.
	 */
	public record Page(List<Loan> loans, int page, boolean hasNext) {
	}

	@Transactional(readOnly = true)
	public Page ofBank(BankCode bankCode, Filter filter, int page) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from loan where bank_code = :bank");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("bank", bankCode.value());
		if (filter.status() != null) {
			sql.append(" and status = :status");
			parameters.put("status", filter.status().name());
		}
		if (filter.programmeCode() != null) {
			sql.append(" and programme_code = :programme");
			parameters.put("programme", filter.programmeCode().value());
		}
		String text = filter.text() == null ? "" : filter.text().strip();
		String digits = text.replace("-", "");
		if (!text.isEmpty() && digits.matches("[0-9]{1,10}")) {
			sql.append(" and business_number like :digits");
			parameters.put("digits", digits + "%");
		}
		else if (!text.isEmpty()) {
			sql.append(" and (company_name ilike :name escape '\\' or guarantee_number = upper(:text))");
			parameters.put("name", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			parameters.put("text", text);
		}
		sql.append(" order by issued_at desc, application_id desc limit :limit offset :offset");
		int safePage = Math.max(0, page);
		parameters.put("limit", PAGE_SIZE + 1);
		parameters.put("offset", (long) safePage * PAGE_SIZE);
		List<Loan> loans = new ArrayList<>(
				jdbc.sql(sql.toString()).params(parameters).query((row, number) -> loan(row)).list());
		boolean hasNext = loans.size() > PAGE_SIZE;
		return new Page(hasNext ? loans.subList(0, PAGE_SIZE) : loans, safePage, hasNext);
	}

	/**
	 * How many of a bank's loans are in each status; statuses without loans are left out.
	 */
	@Transactional(readOnly = true)
	public Map<LoanStatus, Long> countsByStatus(BankCode bankCode) {
		Map<LoanStatus, Long> counts = new EnumMap<>(LoanStatus.class);
		jdbc.sql("select status, count(*) from loan where bank_code = :bank group by status")
			.param("bank", bankCode.value())
			.query(row -> {
				counts.put(LoanStatus.valueOf(row.getString(1)), row.getLong(2));
			});
		return counts;
	}

	@Transactional(readOnly = true)
	public Optional<Loan> find(BankCode bankCode, ApplicationId id) {
		return jdbc.sql("select " + COLUMNS + " from loan where application_id = :id and bank_code = :bank")
			.param("id", id.value())
			.param("bank", bankCode.value())
			.query((row, number) -> loan(row))
			.optional();
	}

	/**
	 * The loan of an application whoever lends it, for the agency and the SME.
	 */
	@Transactional(readOnly = true)
	public Optional<Loan> ofApplication(ApplicationId id) {
		return jdbc.sql("select " + COLUMNS + " from loan where application_id = :id")
			.param("id", id.value())
			.query((row, number) -> loan(row))
			.optional();
	}

	/**
	 * The loans of some applications whoever lends them, by application.
	 */
	@Transactional(readOnly = true)
	Map<ApplicationId, Loan> ofApplications(Collection<ApplicationId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select " + COLUMNS + " from loan where application_id in (:ids)")
			.param("ids", ids.stream().map(ApplicationId::value).distinct().toList())
			.query((row, number) -> loan(row))
			.list()
			.stream()
			.collect(Collectors.toMap(Loan::id, loan -> loan));
	}

	/**
	 * The loan's payments and reversals, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<DisbursementEntry> entries(ApplicationId id) {
		return jdbc
			.sql("select d.id, d.kind, d.amount_won, d.disbursed_on, d.reference, d.reverses_id, r.id, d.reason, "
					+ "d.recorded_by, d.channel, d.recorded_at from disbursement d "
					+ "left join disbursement r on r.reverses_id = d.id where d.application_id = :id order by d.id")
			.param("id", id.value())
			.query((row, number) -> new DisbursementEntry(row.getLong(1), row.getString(2), Won.of(row.getLong(3)),
					row.getObject(4, LocalDate.class), row.getString(5), (Long) row.getObject(6),
					(Long) row.getObject(7), row.getString(8), row.getString(9), row.getString(10),
					row.getTimestamp(11).toInstant()))
			.list();
	}

	/**
	 * Records that the bank paid out {@code amount} of the loan on {@code disbursedOn}.
	 *
	 * @throws CertificateNotAcknowledgedException when the bank has not acknowledged the guarantee certificate
	 * @throws LoanRuleException when the loan takes no payments now, the amount is above what remains, or the date
	 * is in the future or before the guarantee
	 * @throws PaymentReferenceUsedException when a payment of the loan in force carries {@code reference} already
	 */
	public DisbursementRecorded pay(BankCode bankCode, ApplicationId id, Won amount, LocalDate disbursedOn,
			String reference, Actor actor, DisbursementChannel channel) {
		Loan loan = locked(bankCode, id);
		if (!loan.isCertificateAcknowledged()) {
			throw new CertificateNotAcknowledgedException(loan.hasCertificate() ? "loan.rule.certificateNotAcknowledged"
					: "loan.rule.certificateNotIssued");
		}
		if (!loan.status().acceptsPayments()) {
			throw new LoanRuleException(null, "loan.rule.noPayments", loan.status().messageKey());
		}
		if (amount.isZero()) {
			throw new LoanRuleException("amountWon", "loan.rule.zeroAmount");
		}
		if (amount.isGreaterThan(loan.remaining())) {
			throw new LoanRuleException("amountWon", "loan.rule.aboveRemaining", loan.remaining());
		}
		checkDate(loan, disbursedOn);
		refuseUsedReference(loan, reference);
		long entry = insert(loan, "PAYMENT", amount, disbursedOn, reference, null, null, actor, channel);
		holdReference(loan, reference, entry);
		Won after = loan.disbursed().plus(amount);
		LoanStatus status = after.equals(loan.approved()) ? LoanStatus.ACTIVE : LoanStatus.DISBURSING;
		update(loan, after, status, loan.firstDisbursedAt() == null ? clock.instant() : loan.firstDisbursedAt(),
				null);
		ledger.consume(loan.programmeCode(), id, amount);
		follow(loan, status, actor);
		DisbursementRecorded recorded = new DisbursementRecorded(id, loan.programmeCode(), bankCode, entry, "PAYMENT",
				amount, disbursedOn, reference, after, status, actor.name());
		events.publishEvent(recorded);
		return recorded;
	}

	/**
	 * Cancels a mistaken payment by a reversing entry; the payment itself stays on record.
	 */
	public DisbursementRecorded reverse(BankCode bankCode, ApplicationId id, long paymentId, String reason,
			Actor actor, DisbursementChannel channel) {
		Loan loan = locked(bankCode, id);
		if (!loan.status().isPaidOut()) {
			throw new LoanRuleException(null, "loan.rule.noReversals", loan.status().messageKey());
		}
		DisbursementEntry payment = entries(id).stream()
			.filter(entry -> entry.id() == paymentId && entry.isPayment())
			.findFirst()
			.orElseThrow(() -> new LoanRuleException(null, "loan.rule.unknownPayment"));
		if (payment.isReversed()) {
			throw new LoanRuleException(null, "loan.rule.alreadyReversed");
		}
		LocalDate today = SeoulTime.today(clock);
		long entry = insert(loan, "REVERSAL", payment.amount(), today, payment.reference(), paymentId, reason, actor,
				channel);
		jdbc.sql("delete from disbursement_reference where payment_id = :payment").param("payment", paymentId).update();
		Won after = loan.disbursed().minus(payment.amount());
		LoanStatus status = after.isZero() ? LoanStatus.APPROVED : LoanStatus.DISBURSING;
		update(loan, after, status, after.isZero() ? null : loan.firstDisbursedAt(), null);
		ledger.reverseConsumption(loan.programmeCode(), id, payment.amount());
		follow(loan, status, actor);
		DisbursementRecorded recorded = new DisbursementRecorded(id, loan.programmeCode(), bankCode, entry,
				"REVERSAL", payment.amount(), today, payment.reference(), after, status, actor.name());
		events.publishEvent(recorded);
		return recorded;
	}

	/**
	 * The bank reports the loan repaid: the guarantee ends and the programme's committed amount goes down.
	 */
	public Loan repaid(BankCode bankCode, ApplicationId id, Actor actor) {
		return close(bankCode, id, LoanStatus.REPAID, actor);
	}

	/**
	 * The bank reports the loan in default, for the agency; the guarantee stays committed.
	 */
	public Loan defaulted(BankCode bankCode, ApplicationId id, Actor actor) {
		return close(bankCode, id, LoanStatus.DEFAULTED, actor);
	}

	/**
	 * The loan will not be paid out: cancelled before any payment, the reservation goes back to the programme and what
	 * the guarantee drew on the fee-support and interest-subsidy pots goes back to them.
	 */
	public Loan cancel(BankCode bankCode, ApplicationId id, Actor actor) {
		return close(bankCode, id, LoanStatus.CANCELLED, actor);
	}

	private Loan close(BankCode bankCode, ApplicationId id, LoanStatus target, Actor actor) {
		Loan loan = locked(bankCode, id);
		if (loan.status() == target) {
			return loan;
		}
		boolean allowed = target == LoanStatus.CANCELLED ? loan.status() == LoanStatus.APPROVED
				: loan.status().isPaidOut();
		if (!allowed) {
			throw new LoanRuleException(null, "loan.rule.cannotClose." + target.name(), loan.status().messageKey());
		}
		update(loan, loan.disbursed(), target, loan.firstDisbursedAt(), clock.instant());
		Won released = switch (target) {
			case DEFAULTED -> Won.ZERO;
			case CANCELLED -> ledger.releaseUnused(loan.programmeCode(), id);
			default -> ledger.release(loan.programmeCode(), id);
		};
		follow(loan, target, actor);
		events.publishEvent(new LoanStatusChanged(id, loan.programmeCode(), bankCode, loan.status(), target, released,
				actor.name()));
		return find(bankCode, id).orElseThrow();
	}

	private void checkDate(Loan loan, LocalDate disbursedOn) {
		LocalDate today = SeoulTime.today(clock);
		if (disbursedOn.isAfter(today)) {
			throw new LoanRuleException("disbursedOn", "loan.rule.futureDate", today);
		}
		LocalDate issued = LocalDate.ofInstant(loan.issuedAt(), SeoulTime.ZONE);
		if (disbursedOn.isBefore(issued) || disbursedOn.isBefore(EARLIEST_PAYMENT)) {
			throw new LoanRuleException("disbursedOn", "loan.rule.beforeGuarantee", issued);
		}
	}

	/**
	 * Refuses a reference that a payment of the loan in force carries already.
	 */
	private void refuseUsedReference(Loan loan, String reference) {
		record Holder(LocalDate disbursedOn, Won amount) {
		}
		jdbc.sql("select p.disbursed_on, p.amount_won from disbursement_reference r join disbursement p "
				+ "on p.id = r.payment_id where r.application_id = :loan and r.reference = :reference")
			.param("loan", loan.id().value())
			.param("reference", reference)
			.query((row, number) -> new Holder(row.getObject(1, LocalDate.class), Won.of(row.getLong(2))))
			.optional()
			.ifPresent(holder -> {
				throw new PaymentReferenceUsedException(reference, holder.disbursedOn(), holder.amount());
			});
	}

	/**
	 * The payment holds its reference on the loan; the database refuses a second holder whatever got past
	 * {@link #refuseUsedReference}.
	 */
	private void holdReference(Loan loan, String reference, long payment) {
		try {
			jdbc.sql("insert into disbursement_reference (application_id, reference, payment_id) "
					+ "values (:loan, :reference, :payment)")
				.param("loan", loan.id().value())
				.param("reference", reference)
				.param("payment", payment)
				.update();
		}
		catch (DuplicateKeyException takenMeanwhile) {
			throw new PaymentReferenceUsedException(reference);
		}
	}

	/**
	 * The loan locked against payments while a change of it is applied, whichever bank lends it.
	 */
	Loan lockedForChange(ApplicationId id) {
		return jdbc.sql("select " + COLUMNS + " from loan where application_id = :id for update")
			.param("id", id.value())
			.query((row, number) -> loan(row))
			.optional()
			.orElseThrow(LoanNotFoundException::new);
	}

	/**
	 * An approved change lowers the loan to {@code approved} or moves it to {@code bank}. A new bank receives the
	 * certificate now and acknowledges it before paying out, as the first bank did.
	 */
	void applyChange(Loan loan, Won approved, BankCode bank, Instant at, Actor actor) {
		LoanStatus status = loan.status() == LoanStatus.DISBURSING && approved.equals(loan.disbursed())
				? LoanStatus.ACTIVE : loan.status();
		jdbc.sql("update loan set approved_won = :approved, bank_code = :bank, status = :status, "
				+ "updated_at = now(), version = version + 1 where application_id = :id")
			.param("approved", approved.value())
			.param("bank", bank.value())
			.param("status", status.name())
			.param("id", loan.id().value())
			.update();
		follow(loan, status, actor);
		if (!bank.equals(loan.bankCode())) {
			if (loan.hasCertificate()) {
				deliverCertificate(loan.id(), at);
			}
			events.publishEvent(new LoanMovedToBank(loan.id(), loan.guaranteeNumber(), loan.bankCode(), bank,
					loan.hasCertificate(), actor.name(), at));
		}
	}

	/**
	 * The bank's loan, locked until this transaction ends, so that requests of it take effect one after another.
	 */
	Loan locked(BankCode bankCode, ApplicationId id) {
		return jdbc.sql("select " + COLUMNS + " from loan where application_id = :id and bank_code = :bank for update")
			.param("id", id.value())
			.param("bank", bankCode.value())
			.query((row, number) -> loan(row))
			.optional()
			.orElseThrow(LoanNotFoundException::new);
	}

	private long insert(Loan loan, String kind, Won amount, LocalDate on, String reference, Long reverses,
			String reason, Actor actor, DisbursementChannel channel) {
		return jdbc
			.sql("insert into disbursement (application_id, kind, amount_won, disbursed_on, reference, reverses_id, "
					+ "reason, recorded_by, channel, recorded_at) values (:loan, :kind, :amount, :on, :reference, "
					+ ":reverses, :reason, :actor, :channel, :at) returning id")
			.param("loan", loan.id().value())
			.param("kind", kind)
			.param("amount", amount.value())
			.param("on", on)
			.param("reference", reference)
			.param("reverses", reverses)
			.param("reason", reason)
			.param("actor", actor.name())
			.param("channel", channel.name())
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	private void update(Loan loan, Won disbursed, LoanStatus status, Instant firstDisbursedAt, Instant closedAt) {
		jdbc.sql("update loan set disbursed_won = :disbursed, status = :status, first_disbursed_at = :first, "
				+ "closed_at = :closed, updated_at = now(), version = version + 1 where application_id = :id")
			.param("disbursed", disbursed.value())
			.param("status", status.name())
			.param("first", firstDisbursedAt == null ? null : Timestamp.from(firstDisbursedAt))
			.param("closed", closedAt == null ? null : Timestamp.from(closedAt))
			.param("id", loan.id().value())
			.update();
	}

	/**
	 * The application follows its loan, so that the SME and the agency see where it stands.
	 */
	private void follow(Loan loan, LoanStatus status, Actor actor) {
		if (status != loan.status()) {
			applications.moveLoan(loan.id(), status.applicationStatus(), actor);
		}
	}

	private static Loan loan(ResultSet row) throws SQLException {
		return new Loan(new ApplicationId(row.getLong("application_id")), row.getString("guarantee_number"),
				new ProgrammeCode(row.getString("programme_code")), new AgencyCode(row.getString("agency_code")), new BankCode(row.getString("bank_code")),
				row.getLong("organisation_id"), row.getString("business_number"), row.getString("company_name"),
				Won.of(row.getLong("approved_won")), Won.of(row.getLong("disbursed_won")),
				LoanStatus.valueOf(row.getString("status")), instant(row, "issued_at"),
				instant(row, "first_disbursed_at"), instant(row, "closed_at"), row.getLong("version"),
				new Percentage(row.getBigDecimal("guarantee_ratio_percent")), instant(row, "certificate_issued_at"),
				instant(row, "certificate_acknowledged_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
