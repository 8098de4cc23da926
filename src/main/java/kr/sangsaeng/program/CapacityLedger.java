package kr.sangsaeng.program;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.Won;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The source of truth for programme capacity. Capacity is the sum of ledger entries; guarantees reserve part
 * of it, disbursements consume their reservation, repayment and cancellation release it.
 * <p>
 * Every movement is one conditional {@code UPDATE} on the programme row, so PostgreSQL's row lock decides
 * between concurrent transactions and committed never exceeds capacity, nor consumed a reservation.
 * Callers join their own transaction (an approval reserves in the transaction that records it).
 */
@Service
@Transactional
public class CapacityLedger {

	static final String SYSTEM = "system";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CapacityLedger(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Holds {@code amount} of the programme's capacity for an application's guarantee.
	 *
	 * @throws CapacityExceededException when less than {@code amount} remains
	 * @throws ProgrammeRuleException when the application already holds a reservation
	 */
	public CapacityPosition reserve(ProgrammeCode programme, ApplicationId application, Won amount) {
		requirePositive(amount);
		long programmeId = programmeId(programme);
		int inserted = jdbc
			.sql("insert into capacity_reservation (application_id, programme_id, reserved_won) "
					+ "values (:application, :programme, :amount) on conflict (application_id) do nothing")
			.param("application", application.value())
			.param("programme", programmeId)
			.param("amount", amount.value())
			.update();
		if (inserted == 0) {
			throw new ProgrammeRuleException("capacity.rule.alreadyReserved", application.value());
		}
		Optional<CapacityPosition> after = jdbc
			.sql("update programme set committed_won = committed_won + :amount, updated_at = now() "
					+ "where id = :programme and committed_won + :amount <= capacity_won "
					+ "returning capacity_won, committed_won, disbursed_won")
			.param("amount", amount.value())
			.param("programme", programmeId)
			.query(CapacityLedger::position)
			.optional();
		if (after.isEmpty()) {
			throw new CapacityExceededException(amount, position(programme).remaining());
		}
		publish(programme, CapacityChanged.Movement.RESERVED, amount, application, after.get(), null, SYSTEM);
		return after.get();
	}

	/**
	 * Gives back the whole reservation of an application (its loan was repaid, or cancelled before any
	 * disbursement). Disbursed amounts stay counted as disbursed.
	 *
	 * @return the amount released
	 */
	public Won release(ProgrammeCode programme, ApplicationId application) {
		long programmeId = programmeId(programme);
		Won released = jdbc
			.sql("update capacity_reservation set released_at = now() "
					+ "where application_id = :application and programme_id = :programme and released_at is null "
					+ "returning reserved_won")
			.param("application", application.value())
			.param("programme", programmeId)
			.query((row, number) -> Won.of(row.getLong(1)))
			.optional()
			.orElseThrow(() -> new ProgrammeRuleException("capacity.rule.noReservation", application.value()));
		CapacityPosition after = jdbc
			.sql("update programme set committed_won = committed_won - :amount, updated_at = now() "
					+ "where id = :programme returning capacity_won, committed_won, disbursed_won")
			.param("amount", released.value())
			.param("programme", programmeId)
			.query(CapacityLedger::position)
			.single();
		publish(programme, CapacityChanged.Movement.RELEASED, released, application, after, null, SYSTEM);
		return released;
	}

	/**
	 * Records that {@code amount} of an application's reservation was paid out.
	 *
	 * @throws ProgrammeRuleException when the reservation does not have {@code amount} left unpaid
	 */
	public CapacityPosition consume(ProgrammeCode programme, ApplicationId application, Won amount) {
		requirePositive(amount);
		long programmeId = programmeId(programme);
		int updated = jdbc
			.sql("update capacity_reservation set consumed_won = consumed_won + :amount "
					+ "where application_id = :application and programme_id = :programme and released_at is null "
					+ "and consumed_won + :amount <= reserved_won")
			.param("amount", amount.value())
			.param("application", application.value())
			.param("programme", programmeId)
			.update();
		if (updated == 0) {
			throw new ProgrammeRuleException("capacity.rule.consumptionExceedsReservation", application.value());
		}
		CapacityPosition after = moveDisbursed(programmeId, amount.value());
		publish(programme, CapacityChanged.Movement.CONSUMED, amount, application, after, null, SYSTEM);
		return after;
	}

	/**
	 * Takes back part of what {@link #consume} recorded, when a disbursement is reversed.
	 */
	public CapacityPosition reverseConsumption(ProgrammeCode programme, ApplicationId application, Won amount) {
		requirePositive(amount);
		long programmeId = programmeId(programme);
		int updated = jdbc
			.sql("update capacity_reservation set consumed_won = consumed_won - :amount "
					+ "where application_id = :application and programme_id = :programme "
					+ "and consumed_won >= :amount")
			.param("amount", amount.value())
			.param("application", application.value())
			.param("programme", programmeId)
			.update();
		if (updated == 0) {
			throw new ProgrammeRuleException("capacity.rule.reversalExceedsConsumption", application.value());
		}
		CapacityPosition after = moveDisbursed(programmeId, -amount.value());
		publish(programme, CapacityChanged.Movement.CONSUMPTION_REVERSED, amount, application, after, null, SYSTEM);
		return after;
	}

	/**
	 * Raises or lowers the programme's capacity by a ledger entry. A decrease below what is already committed
	 * is refused.
	 */
	public CapacityPosition change(ProgrammeCode programme, CapacityChange change, Won amount, String reason,
			String actor) {
		requirePositive(amount);
		long programmeId = programmeId(programme);
		String sql = change == CapacityChange.INCREASE
				? "update programme set capacity_won = capacity_won + :amount, updated_at = now() "
						+ "where id = :programme and capacity_won <= 9223372036854775807 - :amount "
						+ "returning capacity_won, committed_won, disbursed_won"
				: "update programme set capacity_won = capacity_won - :amount, updated_at = now() "
						+ "where id = :programme and capacity_won - :amount >= committed_won "
						+ "returning capacity_won, committed_won, disbursed_won";
		Optional<CapacityPosition> after = jdbc.sql(sql)
			.param("amount", amount.value())
			.param("programme", programmeId)
			.query(CapacityLedger::position)
			.optional();
		if (after.isEmpty()) {
			if (change == CapacityChange.INCREASE) {
				throw new InvalidAmountException(InvalidAmountException.Reason.TOO_LARGE);
			}
			CapacityPosition now = position(programme);
			throw new ProgrammeRuleException("capacity.rule.decreaseBelowCommitted", now.committed(),
					now.capacity().minusOrZero(now.committed()));
		}
		record(programmeId, change.name(), amount, reason, actor);
		publish(programme, CapacityChanged.Movement.valueOf(change.name()), amount, null, after.get(), reason, actor);
		return after.get();
	}

	/**
	 * Sets the first capacity of a programme that has none yet.
	 */
	CapacityPosition initialise(ProgrammeCode programme, Won amount, String reason, String actor) {
		requirePositive(amount);
		long programmeId = programmeId(programme);
		CapacityPosition after = jdbc
			.sql("update programme set capacity_won = :amount, updated_at = now() "
					+ "where id = :programme and capacity_won = 0 "
					+ "returning capacity_won, committed_won, disbursed_won")
			.param("amount", amount.value())
			.param("programme", programmeId)
			.query(CapacityLedger::position)
			.optional()
			.orElseThrow(() -> new ProgrammeRuleException("capacity.rule.alreadyInitialised"));
		record(programmeId, "INITIAL", amount, reason, actor);
		publish(programme, CapacityChanged.Movement.INITIAL, amount, null, after, reason, actor);
		return after;
	}

	@Transactional(readOnly = true)
	public CapacityPosition position(ProgrammeCode programme) {
		return jdbc.sql("select capacity_won, committed_won, disbursed_won from programme where code = :code")
			.param("code", programme.value())
			.query(CapacityLedger::position)
			.optional()
			.orElseThrow(() -> new UnknownProgrammeException(programme));
	}

	@Transactional(readOnly = true)
	public List<CapacityLedgerEntry> entries(ProgrammeCode programme) {
		return jdbc
			.sql("select e.id, e.kind, e.amount_won, e.reason, e.recorded_by, e.recorded_at "
					+ "from capacity_ledger_entry e join programme p on p.id = e.programme_id "
					+ "where p.code = :code order by e.recorded_at, e.id")
			.param("code", programme.value())
			.query((row, number) -> new CapacityLedgerEntry(row.getLong(1), row.getString(2), Won.of(row.getLong(3)),
					row.getString(4), row.getString(5), row.getTimestamp(6).toInstant()))
			.list();
	}

	/**
	 * The amount an application's guarantee holds and how much of it was paid out, if it holds any.
	 */
	@Transactional(readOnly = true)
	public Optional<Reservation> reservation(ApplicationId application) {
		return jdbc
			.sql("select reserved_won, consumed_won, released_at is not null from capacity_reservation "
					+ "where application_id = :application")
			.param("application", application.value())
			.query((row, number) -> new Reservation(Won.of(row.getLong(1)), Won.of(row.getLong(2)),
					row.getBoolean(3)))
			.optional();
	}

	/**
	 * What an application's guarantee holds on its programme's capacity.
	 */
	public record Reservation(Won reserved, Won consumed, boolean released) {
	}

	private CapacityPosition moveDisbursed(long programmeId, long delta) {
		return jdbc
			.sql("update programme set disbursed_won = disbursed_won + :delta, updated_at = now() "
					+ "where id = :programme returning capacity_won, committed_won, disbursed_won")
			.param("delta", delta)
			.param("programme", programmeId)
			.query(CapacityLedger::position)
			.single();
	}

	private void record(long programmeId, String kind, Won amount, String reason, String actor) {
		jdbc.sql("insert into capacity_ledger_entry (programme_id, kind, amount_won, reason, recorded_by) "
				+ "values (:programme, :kind, :amount, :reason, :actor)")
			.param("programme", programmeId)
			.param("kind", kind)
			.param("amount", amount.value())
			.param("reason", reason)
			.param("actor", actor)
			.update();
	}

	private long programmeId(ProgrammeCode programme) {
		return jdbc.sql("select id from programme where code = :code")
			.param("code", programme.value())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new UnknownProgrammeException(programme));
	}

	private void publish(ProgrammeCode programme, CapacityChanged.Movement movement, Won amount,
			ApplicationId application, CapacityPosition after, String reason, String actor) {
		events.publishEvent(
				new CapacityChanged(programme, movement, amount, application, after, reason, actor, clock.instant()));
	}

	private static void requirePositive(Won amount) {
		if (amount.isZero()) {
			throw new ProgrammeRuleException("capacity.rule.zeroAmount");
		}
	}

	private static CapacityPosition position(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		return new CapacityPosition(Won.of(row.getLong(1)), Won.of(row.getLong(2)), Won.of(row.getLong(3)));
	}

}
