package kr.sangsaeng.program;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The source of truth for capacity. Each agreement of a programme has its own: the sum of its ledger entries;
 * guarantees reserve part of it, disbursements consume their reservation, repayment and cancellation release it.
 * A programme's capacity, committed and disbursed amounts are the sums over its agreements, moved in the same
 * transaction as the agreement's.
 * <p>
 * Every movement is one conditional {@code UPDATE} on the agreement row, so PostgreSQL's row lock decides
 * between concurrent transactions and committed never exceeds the agreement's capacity (a {@code CHECK} guards it
 * too), nor consumed a reservation; the programme row is moved after it, always in that order, so that two
 * movements never wait for each other's rows the other way round. Callers join their own transaction (an approval
 * reserves in the transaction that records it).
 * <p>
 * The methods that name a programme rather than an agreement act on its first (lead) agreement, or on the
 * agreement that holds the application's reservation.
 * <p>
 * Capacity and committed amounts count in the unit the agreement states (loan won or guarantee won); disbursed
 * amounts always in loan won. An agreement's capacity follows its special contributions times their multiples until
 * the administrator changes it by hand.
 */
@Service
@Transactional
public class CapacityLedger {

	static final String SYSTEM = "system";

	private static final String POSITION = " returning capacity_won, committed_won, disbursed_won";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Pots pots;

	CapacityLedger(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, Pots pots) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.pots = pots;
	}

	/**
	 * Holds {@code amount} of the programme's lead agreement's capacity for an application's guarantee.
	 *
	 * @throws CapacityExceededException when less than {@code amount} remains
	 * @throws ProgrammeRuleException when the application already holds a reservation
	 */
	public CapacityPosition reserve(ProgrammeCode programme, ApplicationId application, Won amount) {
		return reserve(leadAgreement(programme), application, amount);
	}

	/**
	 * Holds {@code amount} of the agreement's capacity for an application's guarantee.
	 *
	 * @return the programme's position after it
	 * @throws CapacityExceededException when less than {@code amount} remains in the agreement
	 * @throws ProgrammeRuleException when the application already holds a reservation
	 */
	public CapacityPosition reserve(AgreementCode agreement, ApplicationId application, Won amount) {
		return reserve(agreement, application, amount, null);
	}

	/**
	 * Holds what a loan of {@code loan} guaranteed at {@code ratio} takes of the agreement's capacity: the loan where
	 * the agreement states its capacity in loan won, the guaranteed share where it states it in guarantee won. The
	 * reservation keeps both figures.
	 *
	 * @param ratio the guarantee ratio of the approval, or {@code null} for the agreement's default
	 * @return the programme's position after it
	 * @throws CapacityExceededException when less than that remains in the agreement
	 * @throws ProgrammeRuleException when the application already holds a reservation
	 */
	public CapacityPosition reserve(AgreementCode agreement, ApplicationId application, Won loan, Percentage ratio) {
		requirePositive(loan);
		AgreementRow row = agreement(agreement);
		Percentage applied = ratio == null ? row.ratio() : ratio;
		Won guaranteed = applied.of(loan);
		Won amount = row.unit().of(loan, applied);
		requirePositive(amount);
		int inserted = jdbc
			.sql("insert into capacity_reservation (application_id, programme_id, agreement_id, reserved_won, "
					+ "loan_won, guarantee_won) values (:application, :programme, :agreement, :amount, :loan, "
					+ ":guaranteed) on conflict (application_id) do nothing")
			.param("application", application.value())
			.param("programme", row.programmeId())
			.param("agreement", row.id())
			.param("amount", amount.value())
			.param("loan", loan.value())
			.param("guaranteed", guaranteed.value())
			.update();
		if (inserted == 0) {
			throw new ProgrammeRuleException("capacity.rule.alreadyReserved", application.value());
		}
		int reserved = jdbc
			.sql("update agreement set committed_won = committed_won + :amount, updated_at = now() "
					+ "where id = :agreement and committed_won + :amount <= capacity_won")
			.param("amount", amount.value())
			.param("agreement", row.id())
			.update();
		if (reserved == 0) {
			throw new CapacityExceededException(amount, position(agreement).remaining());
		}
		CapacityPosition after = moveProgramme(row.programmeId(), "committed_won", amount.value());
		publish(row, CapacityChanged.Movement.RESERVED, amount, application, after, null, SYSTEM);
		return after;
	}

	/**
	 * Gives back the whole reservation of an application (its loan was repaid, or cancelled before any
	 * disbursement). Disbursed amounts stay counted as disbursed.
	 *
	 * @return the amount released
	 */
	public Won release(ProgrammeCode programme, ApplicationId application) {
		AgreementRow row = reservedIn(programme, application)
			.orElseThrow(() -> new ProgrammeRuleException("capacity.rule.noReservation", application.value()));
		Won released = jdbc
			.sql("update capacity_reservation set released_at = now() "
					+ "where application_id = :application and agreement_id = :agreement and released_at is null "
					+ "returning reserved_won")
			.param("application", application.value())
			.param("agreement", row.id())
			.query((result, number) -> Won.of(result.getLong(1)))
			.optional()
			.orElseThrow(() -> new ProgrammeRuleException("capacity.rule.noReservation", application.value()));
		moveAgreement(row.id(), "committed_won", -released.value());
		CapacityPosition after = moveProgramme(row.programmeId(), "committed_won", -released.value());
		publish(row, CapacityChanged.Movement.RELEASED, released, application, after, null, SYSTEM);
		return released;
	}

	/**
	 * Lowers the loan an application's reservation backs to {@code loan}, guaranteed at {@code ratio}: the
	 * reservation gives the difference back to its agreement, in the agreement's unit, as a release would. The
	 * reservation's row lock orders the lowering against payments of the same loan: it is refused when more than
	 * {@code loan} was paid out already.
	 *
	 * @return what the agreement got back, in its unit
	 * @throws ProgrammeRuleException when the application holds no reservation, or it paid out more than {@code loan}
	 */
	public Won lower(ApplicationId application, Won loan, Percentage ratio, String reason, String actor) {
		requirePositive(loan);
		record Held(long agreementId, long reserved, long consumed) {
		}
		Held held = jdbc
			.sql("select agreement_id, reserved_won, consumed_won from capacity_reservation "
					+ "where application_id = :application and released_at is null for update")
			.param("application", application.value())
			.query((result, number) -> new Held(result.getLong(1), result.getLong(2), result.getLong(3)))
			.optional()
			.orElseThrow(() -> new ProgrammeRuleException("capacity.rule.noReservation", application.value()));
		AgreementRow row = jdbc
			.sql("select a.id, a.programme_id, a.code, p.code, a.capacity_unit, a.guarantee_ratio_percent "
					+ "from agreement a join programme p on p.id = a.programme_id where a.id = :agreement")
			.param("agreement", held.agreementId())
			.query(CapacityLedger::agreementRow)
			.single();
		Won lowered = row.unit().of(loan, ratio);
		long given = held.reserved() - lowered.value();
		if (held.consumed() > loan.value() || given <= 0) {
			throw new ProgrammeRuleException("capacity.rule.lowerBelowConsumed", Won.of(held.consumed()));
		}
		jdbc.sql("update capacity_reservation set reserved_won = :reserved, loan_won = :loan, guarantee_won = :guaranteed "
				+ "where application_id = :application")
			.param("reserved", lowered.value())
			.param("loan", loan.value())
			.param("guaranteed", ratio.of(loan).value())
			.param("application", application.value())
			.update();
		moveAgreement(row.id(), "committed_won", -given);
		CapacityPosition after = moveProgramme(row.programmeId(), "committed_won", -given);
		publish(row, CapacityChanged.Movement.RELEASED, Won.of(given), application, after, reason, actor);
		return Won.of(given);
	}

	/**
	 * Gives back the whole reservation of an application whose guarantee ended before the loan was used (cancelled
	 * before any disbursement), and returns to the agreement's fee-support and interest-subsidy pots what the
	 * guarantee drew on them, in the same transaction.
	 *
	 * @return the amount released
	 */
	public Won releaseUnused(ProgrammeCode programme, ApplicationId application) {
		Won released = release(programme, application);
		pots.giveBack(application);
		return released;
	}

	/**
	 * Records that {@code amount} of an application's reservation was paid out.
	 *
	 * @throws ProgrammeRuleException when the reservation does not have {@code amount} left unpaid
	 */
	public CapacityPosition consume(ProgrammeCode programme, ApplicationId application, Won amount) {
		requirePositive(amount);
		AgreementRow row = reservedIn(programme, application)
			.orElseThrow(() -> new ProgrammeRuleException("capacity.rule.consumptionExceedsReservation",
					application.value()));
		int updated = jdbc
			.sql("update capacity_reservation set consumed_won = consumed_won + :amount "
					+ "where application_id = :application and agreement_id = :agreement and released_at is null "
					+ "and consumed_won + :amount <= loan_won")
			.param("amount", amount.value())
			.param("application", application.value())
			.param("agreement", row.id())
			.update();
		if (updated == 0) {
			throw new ProgrammeRuleException("capacity.rule.consumptionExceedsReservation", application.value());
		}
		moveAgreement(row.id(), "disbursed_won", amount.value());
		CapacityPosition after = moveProgramme(row.programmeId(), "disbursed_won", amount.value());
		publish(row, CapacityChanged.Movement.CONSUMED, amount, application, after, null, SYSTEM);
		return after;
	}

	/**
	 * Takes back part of what {@link #consume} recorded, when a disbursement is reversed.
	 */
	public CapacityPosition reverseConsumption(ProgrammeCode programme, ApplicationId application, Won amount) {
		requirePositive(amount);
		AgreementRow row = reservedIn(programme, application)
			.orElseThrow(() -> new ProgrammeRuleException("capacity.rule.reversalExceedsConsumption",
					application.value()));
		int updated = jdbc
			.sql("update capacity_reservation set consumed_won = consumed_won - :amount "
					+ "where application_id = :application and agreement_id = :agreement "
					+ "and consumed_won >= :amount")
			.param("amount", amount.value())
			.param("application", application.value())
			.param("agreement", row.id())
			.update();
		if (updated == 0) {
			throw new ProgrammeRuleException("capacity.rule.reversalExceedsConsumption", application.value());
		}
		moveAgreement(row.id(), "disbursed_won", -amount.value());
		CapacityPosition after = moveProgramme(row.programmeId(), "disbursed_won", -amount.value());
		publish(row, CapacityChanged.Movement.CONSUMPTION_REVERSED, amount, application, after, null, SYSTEM);
		return after;
	}

	/**
	 * Raises or lowers the capacity of the programme's lead agreement by a ledger entry.
	 */
	public CapacityPosition change(ProgrammeCode programme, CapacityChange change, Won amount, String reason,
			String actor) {
		return change(leadAgreement(programme), change, amount, reason, actor);
	}

	/**
	 * Raises or lowers an agreement's capacity, and so its programme's, by a ledger entry; the agreement's capacity
	 * is stated by hand from then on, whatever its contributions. A decrease below what the agreement has committed
	 * is refused.
	 *
	 * @return the programme's position after it
	 */
	public CapacityPosition change(AgreementCode agreement, CapacityChange change, Won amount, String reason,
			String actor) {
		requirePositive(amount);
		AgreementRow row = agreement(agreement);
		String sql = change == CapacityChange.INCREASE
				? "update agreement set capacity_won = capacity_won + :amount, capacity_source = 'STATED', "
						+ "updated_at = now() where id = :agreement and capacity_won <= 9223372036854775807 - :amount "
						+ "and (select capacity_won from programme where id = :programme) "
						+ "<= 9223372036854775807 - :amount"
				: "update agreement set capacity_won = capacity_won - :amount, capacity_source = 'STATED', "
						+ "updated_at = now() where id = :agreement and capacity_won - :amount >= committed_won";
		int changed = jdbc.sql(sql)
			.param("amount", amount.value())
			.param("agreement", row.id())
			.param("programme", row.programmeId())
			.update();
		if (changed == 0) {
			if (change == CapacityChange.INCREASE) {
				throw new InvalidAmountException(InvalidAmountException.Reason.TOO_LARGE);
			}
			CapacityPosition now = position(agreement);
			throw new ProgrammeRuleException("capacity.rule.decreaseBelowCommitted", now.committed(),
					now.capacity().minusOrZero(now.committed()));
		}
		CapacityPosition after = moveProgramme(row.programmeId(), "capacity_won",
				change == CapacityChange.INCREASE ? amount.value() : -amount.value());
		record(row, change.name(), amount, reason, actor);
		publish(row, CapacityChanged.Movement.valueOf(change.name()), amount, null, after, reason, actor);
		return after;
	}

	/**
	 * Raises the capacity of an agreement that follows its contributions by what a new special contribution backs.
	 * An agreement whose capacity is stated by hand keeps it. Joins the caller's transaction.
	 *
	 * @return whether the capacity moved
	 * @throws InvalidAmountException when the capacity would overflow
	 */
	boolean backContribution(AgreementCode agreement, Won backed, String reason, String actor) {
		requirePositive(backed);
		AgreementRow row = agreement(agreement);
		int changed = jdbc
			.sql("update agreement set capacity_won = capacity_won + :amount, updated_at = now() "
					+ "where id = :agreement and capacity_source = 'CONTRIBUTIONS' "
					+ "and capacity_won <= 9223372036854775807 - :amount "
					+ "and (select capacity_won from programme where id = :programme) <= 9223372036854775807 - :amount")
			.param("amount", backed.value())
			.param("agreement", row.id())
			.param("programme", row.programmeId())
			.update();
		if (changed == 0) {
			if (followsContributions(row.id())) {
				throw new InvalidAmountException(InvalidAmountException.Reason.TOO_LARGE);
			}
			return false;
		}
		CapacityPosition after = moveProgramme(row.programmeId(), "capacity_won", backed.value());
		record(row, "CONTRIBUTION", backed, reason, actor);
		publish(row, CapacityChanged.Movement.INCREASE, backed, null, after, reason, actor);
		return true;
	}

	/**
	 * Sets an agreement's capacity to what its special contributions back, by one ledger entry for the difference,
	 * and has it follow them from then on.
	 *
	 * @return the agreement's position after it
	 * @throws ProgrammeRuleException on the field {@code reason} when that is less than the agreement has committed
	 */
	public CapacityPosition followContributions(AgreementCode agreement, String reason, String actor) {
		AgreementRow row = agreement(agreement);
		long[] now = jdbc
			.sql("select capacity_won, committed_won, (select coalesce(sum(floor(c.amount_won * c.multiple)), 0) "
					+ "from agreement_contribution c where c.agreement_id = a.id and c.kind = 'SPECIAL') "
					+ "from agreement a where a.id = :agreement for update")
			.param("agreement", row.id())
			.query((result, number) -> new long[] { result.getLong(1), result.getLong(2), result.getLong(3) })
			.single();
		long capacity = now[0];
		long committed = now[1];
		long backed = now[2];
		if (backed < committed) {
			throw ProgrammeRuleException.onField("reason", "capacity.rule.contributionsBelowCommitted",
					Won.of(backed), Won.of(committed));
		}
		jdbc.sql("update agreement set capacity_won = :backed, capacity_source = 'CONTRIBUTIONS', updated_at = now() "
				+ "where id = :agreement")
			.param("backed", backed)
			.param("agreement", row.id())
			.update();
		long delta = backed - capacity;
		if (delta != 0) {
			CapacityPosition after = moveProgramme(row.programmeId(), "capacity_won", delta);
			CapacityChange change = delta > 0 ? CapacityChange.INCREASE : CapacityChange.DECREASE;
			record(row, change.name(), Won.of(Math.abs(delta)), reason, actor);
			publish(row, CapacityChanged.Movement.valueOf(change.name()), Won.of(Math.abs(delta)), null, after, reason,
					actor);
		}
		return position(agreement);
	}

	/**
	 * The administrator changes the unit in which the agreement states and consumes its capacity (loan won or
	 * guarantee won), with a reason; its capacity figure stays as it is. Only while nothing is reserved under the
	 * agreement: the reservations held count in the unit they were made in.
	 *
	 * @return whether the unit changed (it was another one)
	 * @throws ProgrammeRuleException on the field {@code unit} while the agreement holds reservations
	 */
	public boolean changeUnit(AgreementCode agreement, CapacityUnit unit, String reason, String actor) {
		AgreementRow row = agreement(agreement);
		if (row.unit() == unit) {
			return false;
		}
		int changed = jdbc.sql("update agreement set capacity_unit = :unit, updated_at = now() "
				+ "where id = :agreement and capacity_unit = :from and committed_won = 0 and not exists "
				+ "(select 1 from capacity_reservation r where r.agreement_id = agreement.id and r.released_at is null)")
			.param("unit", unit.name())
			.param("from", row.unit().name())
			.param("agreement", row.id())
			.update();
		if (changed == 0) {
			throw ProgrammeRuleException.onField("unit", "capacity.rule.unitReserved",
					position(agreement).committed());
		}
		events.publishEvent(
				new CapacityUnitChanged(row.programme(), row.code(), row.unit(), unit, reason, actor, clock.instant()));
		return true;
	}

	/**
	 * States the unit of an agreement that has neither capacity nor commitments yet.
	 *
	 * @throws ProgrammeRuleException when it already has either
	 */
	void stateUnit(AgreementCode agreement, CapacityUnit unit) {
		int stated = jdbc.sql("update agreement set capacity_unit = :unit, updated_at = now() "
				+ "where code = :code and capacity_won = 0 and committed_won = 0")
			.param("unit", unit.name())
			.param("code", agreement.value())
			.update();
		if (stated == 0) {
			throw new ProgrammeRuleException("capacity.rule.unitFixed");
		}
	}

	private boolean followsContributions(long agreementId) {
		return jdbc.sql("select capacity_source = 'CONTRIBUTIONS' from agreement where id = :agreement")
			.param("agreement", agreementId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Sets the first capacity of a programme that has none yet, on its lead agreement.
	 */
	CapacityPosition initialise(ProgrammeCode programme, Won amount, String reason, String actor) {
		requirePositive(amount);
		AgreementRow row = agreement(leadAgreement(programme));
		int set = jdbc
			.sql("update agreement set capacity_won = :amount, updated_at = now() "
					+ "where id = :agreement and capacity_won = 0 "
					+ "and (select capacity_won from programme where id = :programme) = 0")
			.param("amount", amount.value())
			.param("agreement", row.id())
			.param("programme", row.programmeId())
			.update();
		if (set == 0) {
			throw new ProgrammeRuleException("capacity.rule.alreadyInitialised");
		}
		CapacityPosition after = moveProgramme(row.programmeId(), "capacity_won", amount.value());
		record(row, "INITIAL", amount, reason, actor);
		publish(row, CapacityChanged.Movement.INITIAL, amount, null, after, reason, actor);
		return after;
	}

	/**
	 * The programme's position: the sums over its agreements.
	 */
	@Transactional(readOnly = true)
	public CapacityPosition position(ProgrammeCode programme) {
		return jdbc.sql("select capacity_won, committed_won, disbursed_won from programme where code = :code")
			.param("code", programme.value())
			.query(CapacityLedger::position)
			.optional()
			.orElseThrow(() -> new UnknownProgrammeException(programme));
	}

	@Transactional(readOnly = true)
	public CapacityPosition position(AgreementCode agreement) {
		return jdbc.sql("select capacity_won, committed_won, disbursed_won from agreement where code = :code")
			.param("code", agreement.value())
			.query(CapacityLedger::position)
			.optional()
			.orElseThrow(() -> new UnknownAgreementException(agreement));
	}

	/**
	 * The ledger entries of all the programme's agreements, in the order they were recorded.
	 */
	@Transactional(readOnly = true)
	public List<CapacityLedgerEntry> entries(ProgrammeCode programme) {
		return jdbc
			.sql("select e.id, e.kind, e.amount_won, e.reason, e.recorded_by, e.recorded_at, a.code "
					+ "from capacity_ledger_entry e join programme p on p.id = e.programme_id "
					+ "join agreement a on a.id = e.agreement_id "
					+ "where p.code = :code order by e.recorded_at, e.id")
			.param("code", programme.value())
			.query(CapacityLedger::entry)
			.list();
	}

	@Transactional(readOnly = true)
	public List<CapacityLedgerEntry> entries(AgreementCode agreement) {
		return jdbc
			.sql("select e.id, e.kind, e.amount_won, e.reason, e.recorded_by, e.recorded_at, a.code "
					+ "from capacity_ledger_entry e join agreement a on a.id = e.agreement_id "
					+ "where a.code = :code order by e.recorded_at, e.id")
			.param("code", agreement.value())
			.query(CapacityLedger::entry)
			.list();
	}

	/**
	 * The amount an application's guarantee holds and how much of it was paid out, if it holds any.
	 */
	@Transactional(readOnly = true)
	public Optional<Reservation> reservation(ApplicationId application) {
		return jdbc
			.sql("select loan_won, consumed_won, released_at is not null from capacity_reservation "
					+ "where application_id = :application")
			.param("application", application.value())
			.query((row, number) -> new Reservation(Won.of(row.getLong(1)), Won.of(row.getLong(2)),
					row.getBoolean(3)))
			.optional();
	}

	/**
	 * What an application's guarantee holds on its agreement's capacity: the loan it backs (of which
	 * {@code consumed} was paid out).
	 */
	public record Reservation(Won reserved, Won consumed, boolean released) {
	}

	private record AgreementRow(long id, long programmeId, AgreementCode code, ProgrammeCode programme,
			CapacityUnit unit, Percentage ratio) {
	}

	private void moveAgreement(long agreementId, String column, long delta) {
		jdbc.sql("update agreement set " + column + " = " + column + " + :delta, updated_at = now() where id = :agreement")
			.param("delta", delta)
			.param("agreement", agreementId)
			.update();
	}

	private CapacityPosition moveProgramme(long programmeId, String column, long delta) {
		return jdbc
			.sql("update programme set " + column + " = " + column + " + :delta, updated_at = now() "
					+ "where id = :programme" + POSITION)
			.param("delta", delta)
			.param("programme", programmeId)
			.query(CapacityLedger::position)
			.single();
	}

	private void record(AgreementRow row, String kind, Won amount, String reason, String actor) {
		jdbc.sql("insert into capacity_ledger_entry (programme_id, agreement_id, kind, amount_won, reason, recorded_by) "
				+ "values (:programme, :agreement, :kind, :amount, :reason, :actor)")
			.param("programme", row.programmeId())
			.param("agreement", row.id())
			.param("kind", kind)
			.param("amount", amount.value())
			.param("reason", reason)
			.param("actor", actor)
			.update();
	}

	private AgreementCode leadAgreement(ProgrammeCode programme) {
		return jdbc
			.sql("select a.code from agreement a join programme p on p.id = a.programme_id where p.code = :code "
					+ "order by a.position, a.agency_code limit 1")
			.param("code", programme.value())
			.query((row, number) -> new AgreementCode(row.getString(1)))
			.optional()
			.orElseThrow(() -> new UnknownProgrammeException(programme));
	}

	private AgreementRow agreement(AgreementCode agreement) {
		return jdbc
			.sql("select a.id, a.programme_id, a.code, p.code, a.capacity_unit, a.guarantee_ratio_percent "
					+ "from agreement a join programme p on p.id = a.programme_id where a.code = :code")
			.param("code", agreement.value())
			.query(CapacityLedger::agreementRow)
			.optional()
			.orElseThrow(() -> new UnknownAgreementException(agreement));
	}

	/**
	 * The agreement of the programme in which the application holds its reservation.
	 */
	private Optional<AgreementRow> reservedIn(ProgrammeCode programme, ApplicationId application) {
		return jdbc
			.sql("select a.id, a.programme_id, a.code, p.code, a.capacity_unit, a.guarantee_ratio_percent "
					+ "from capacity_reservation r "
					+ "join agreement a on a.id = r.agreement_id join programme p on p.id = a.programme_id "
					+ "where r.application_id = :application and p.code = :code")
			.param("application", application.value())
			.param("code", programme.value())
			.query(CapacityLedger::agreementRow)
			.optional();
	}

	private void publish(AgreementRow row, CapacityChanged.Movement movement, Won amount, ApplicationId application,
			CapacityPosition after, String reason, String actor) {
		events.publishEvent(new CapacityChanged(row.programme(), movement, amount, application, after, reason, actor,
				clock.instant(), row.code()));
	}

	private static void requirePositive(Won amount) {
		if (amount.isZero()) {
			throw new ProgrammeRuleException("capacity.rule.zeroAmount");
		}
	}

	private static AgreementRow agreementRow(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		return new AgreementRow(row.getLong(1), row.getLong(2), new AgreementCode(row.getString(3)),
				new ProgrammeCode(row.getString(4)), CapacityUnit.valueOf(row.getString(5)),
				new Percentage(row.getBigDecimal(6)));
	}

	private static CapacityLedgerEntry entry(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		return new CapacityLedgerEntry(row.getLong(1), row.getString(2), Won.of(row.getLong(3)), row.getString(4),
				row.getString(5), row.getTimestamp(6).toInstant(), new AgreementCode(row.getString(7)));
	}

	private static CapacityPosition position(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		return new CapacityPosition(Won.of(row.getLong(1)), Won.of(row.getLong(2)), Won.of(row.getLong(3)));
	}

}
