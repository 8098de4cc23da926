package kr.sangsaeng.program;

import java.time.Instant;

import kr.sangsaeng.shared.Won;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's intake during an opening rush: submissions are taken in, first come first served, while the
 * amounts asked for by applications awaiting a decision stay within the programme's intake limit (a percentage
 * of the capacity that remains). Taking one in is a single conditional {@code UPDATE} of the programme row, so
 * PostgreSQL's row lock orders concurrent submissions and none slips past the limit; the lock is held until
 * the submitting transaction ends, so receipt numbers drawn after {@link #admit} follow the order of admission.
 * An application that leaves the queue (withdrawn, rejected, approved) gives its amount back.
 */
@Service
@Transactional
public class ProgrammeIntake {

	public static final int MAX_LIMIT_PERCENT = 1000;

	private final JdbcClient jdbc;

	private final ProgrammeRepository programmes;

	private final ApplicationEventPublisher events;

	ProgrammeIntake(JdbcClient jdbc, ProgrammeRepository programmes, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.events = events;
	}

	/**
	 * Takes in a submission asking for {@code requested}; the caller's transaction holds the programme's intake
	 * until it ends.
	 *
	 * @throws FullySubscribedException when it would take the programme past its intake limit
	 */
	public void admit(ProgrammeCode programme, Won requested) {
		int admitted = jdbc
			.sql("update programme set intake_won = intake_won + :amount where code = :code "
					+ "and (intake_limit_percent is null "
					+ "or (intake_won + :amount) * 100 <= (capacity_won - committed_won) * intake_limit_percent)")
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
		jdbc.sql("update programme set intake_won = greatest(intake_won - :amount, 0) where code = :code")
			.param("amount", requested.value())
			.param("code", programme.value())
			.update();
	}

	@Transactional(readOnly = true)
	public IntakePosition position(ProgrammeCode programme) {
		return load(programme).intakePosition();
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
		load(programme).limitIntake(percent);
		events.publishEvent(new ProgrammeChanged(programme, ProgrammeChanged.Change.EDITED, null, null, actor,
				Instant.now()));
	}

	private Programme load(ProgrammeCode code) {
		return programmes.findByCode(code.value()).orElseThrow(() -> new UnknownProgrammeException(code));
	}

}
