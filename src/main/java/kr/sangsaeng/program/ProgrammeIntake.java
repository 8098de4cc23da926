package kr.sangsaeng.program;

import java.time.Clock;

import kr.sangsaeng.shared.Won;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's intake during an opening rush: submissions are taken in, first come first served, while the
 * amounts asked for by applications awaiting a decision stay within the programme's intake limit (a percentage
 * of the capacity that remains). Only a programme with a limit keeps the running sum ({@code intake_won}):
 * <ul>
 * <li>With a limit, taking a submission in is a single conditional {@code UPDATE} of the programme row, so
 * PostgreSQL's row lock orders concurrent submissions and none slips past the limit; the lock is held until the
 * submitting transaction ends, so receipt numbers drawn after {@link #admit} follow the order of admission.</li>
 * <li>Without a limit nobody is refused, so submissions only take a key-share lock on the programme row, which
 * lets them run side by side (and beside the capacity ledger's updates) but makes setting a limit wait for them.
 * Setting a limit locks the row, which waits for submissions and withdrawals in flight, and counts the sum afresh
 * from the applications.</li>
 * </ul>
 * An application that leaves the queue (withdrawn, rejected, approved) gives its amount back.
 */
@Service
@Transactional
public class ProgrammeIntake {

	public static final int MAX_LIMIT_PERCENT = 1000;

	private final JdbcClient jdbc;

	private final ProgrammeRepository programmes;

	private final ApplicationsAwaitingDecision awaiting;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProgrammeIntake(JdbcClient jdbc, ProgrammeRepository programmes, ApplicationsAwaitingDecision awaiting,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.awaiting = awaiting;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Takes in a submission asking for {@code requested}; the caller's transaction holds the programme's intake
	 * until it ends.
	 *
	 * @throws FullySubscribedException when it would take the programme past its intake limit
	 */
	public void admit(ProgrammeCode programme, Won requested) {
		if (!limited(programme)) {
			return;
		}
		int admitted = jdbc
			.sql("update programme set intake_won = intake_won + :amount where code = :code "
					+ "and (intake_won + :amount) * 100 <= (capacity_won - committed_won) * intake_limit_percent")
			.param("amount", requested.value())
			.param("code", programme.value())
			.update();
		if (admitted == 0) {
			IntakePosition position = position(programme);
			throw new FullySubscribedException(requested, position.room() == null ? Won.ZERO : position.room());
		}
	}

	/**
	 * Gives back the amount of an application that no longer awaits a decision.
	 */
	public void release(ProgrammeCode programme, Won requested) {
		if (!limited(programme)) {
			return;
		}
		jdbc.sql("update programme set intake_won = greatest(intake_won - :amount, 0) where code = :code")
			.param("amount", requested.value())
			.param("code", programme.value())
			.update();
	}

	@Transactional(readOnly = true)
	public IntakePosition position(ProgrammeCode programme) {
		IntakePosition position = load(programme).intakePosition();
		return position.isLimited() ? position : IntakePosition.unlimited(awaiting.requested(programme));
	}

	/**
	 * Sets the intake limit to {@code percent} of the remaining capacity, or lifts it ({@code null}).
	 *
	 * @throws ProgrammeRuleException when {@code percent} is outside 1 to {@value #MAX_LIMIT_PERCENT}
	 */
	public void limit(ProgrammeCode programme, Integer percent, String actor) {
		if (percent != null && (percent < 1 || percent > MAX_LIMIT_PERCENT)) {
			throw new ProgrammeRuleException("intake.rule.limitRange", MAX_LIMIT_PERCENT);
		}
		jdbc.sql("select id from programme where code = :code for update")
			.param("code", programme.value())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new UnknownProgrammeException(programme));
		load(programme).limitIntake(percent, clock.instant());
		jdbc.sql("update programme set intake_won = :intake where code = :code")
			.param("intake", percent == null ? 0 : awaiting.requested(programme).value())
			.param("code", programme.value())
			.update();
		events.publishEvent(new ProgrammeChanged(programme, ProgrammeChanged.Change.EDITED, null, null, null, actor,
				clock.instant()));
	}

	/**
	 * Whether the programme has an intake limit, holding a key-share lock on its row until the transaction ends so
	 * that a limit cannot be set or lifted in between.
	 */
	private boolean limited(ProgrammeCode programme) {
		return jdbc.sql("select intake_limit_percent is not null from programme where code = :code for key share")
			.param("code", programme.value())
			.query(Boolean.class)
			.optional()
			.orElseThrow(() -> new UnknownProgrammeException(programme));
	}

	private Programme load(ProgrammeCode code) {
		return programmes.findByCode(code.value()).orElseThrow(() -> new UnknownProgrammeException(code));
	}

}
