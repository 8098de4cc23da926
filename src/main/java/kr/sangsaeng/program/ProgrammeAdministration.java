package kr.sangsaeng.program;

import java.time.Clock;

import kr.sangsaeng.shared.Won;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What programme administrators do: set programmes up, edit them, move them through their life.
 */
@Service
@Transactional
public class ProgrammeAdministration {

	private final ProgrammeRepository programmes;

	private final CapacityLedger ledger;

	private final Agreements agreements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProgrammeAdministration(ProgrammeRepository programmes, CapacityLedger ledger, Agreements agreements,
			ApplicationEventPublisher events, Clock clock) {
		this.programmes = programmes;
		this.ledger = ledger;
		this.agreements = agreements;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sets up a new programme as a draft, with an agreement for each of its agencies and its first capacity as the
	 * initial ledger entry of the lead agency's agreement.
	 */
	public ProgrammeCode create(ProgrammeCode code, ProgrammeDraft draft, Won initialCapacity, String actor) {
		if (programmes.existsByCode(code.value())) {
			throw ProgrammeRuleException.onField("code", "programme.rule.codeTaken", code.value());
		}
		Programme created = programmes.saveAndFlush(new Programme(code, draft, clock.instant()));
		agreements.arrange(created.id(), code, draft);
		ledger.initialise(code, initialCapacity, "", actor);
		publish(code, ProgrammeChanged.Change.CREATED, null, null, actor);
		return code;
	}

	/**
	 * Changes a programme's settings; its code may change only while it is a draft.
	 *
	 * @param expectedVersion the version the administrator edited, so that a concurrent edit is not lost
	 */
	public ProgrammeCode edit(ProgrammeCode code, ProgrammeCode newCode, ProgrammeDraft draft, long expectedVersion,
			String actor) {
		Programme programme = load(code);
		if (programme.version() != expectedVersion) {
			throw new ProgrammeRuleException("programme.rule.editedMeanwhile");
		}
		if (!newCode.equals(code)) {
			if (programmes.existsByCode(newCode.value())) {
				throw ProgrammeRuleException.onField("code", "programme.rule.codeTaken", newCode.value());
			}
			programme.changeCode(newCode);
			agreements.renumber(programme.id(), newCode);
		}
		if (draft.terms().maxLoan().isGreaterThan(programme.capacity())) {
			throw ProgrammeRuleException.onField("maxLoan", "programme.rule.maxLoanAboveCapacity");
		}
		programme.apply(draft, clock.instant());
		agreements.arrange(programme.id(), newCode, draft);
		publish(newCode, ProgrammeChanged.Change.EDITED, null, null, actor);
		return newCode;
	}

	/**
	 * Moves a programme to another status without a reason, as set-up and demo data do; administrators give one
	 * through {@link #moveTo(ProgrammeCode, ProgrammeStatus, String, String)}.
	 */
	public void moveTo(ProgrammeCode code, ProgrammeStatus target, String actor) {
		moveTo(code, target, null, actor);
	}

	/**
	 * Moves a programme to another status, recording why in the audit trail.
	 *
	 * @throws ProgrammeRuleException when the programme cannot move there from where it is
	 */
	public void moveTo(ProgrammeCode code, ProgrammeStatus target, String reason, String actor) {
		Programme programme = load(code);
		ProgrammeStatus previous = programme.moveTo(target, clock.instant());
		publish(code, ProgrammeChanged.Change.STATUS_CHANGED, previous, target, reason, actor);
	}

	/**
	 * Deletes a programme that never opened.
	 */
	public void delete(ProgrammeCode code, String actor) {
		Programme programme = load(code);
		if (programme.status() != ProgrammeStatus.DRAFT) {
			throw new ProgrammeRuleException("programme.rule.deleteOnlyDraft");
		}
		programmes.delete(programme);
		publish(code, ProgrammeChanged.Change.DELETED, ProgrammeStatus.DRAFT, null, actor);
	}

	private Programme load(ProgrammeCode code) {
		return programmes.findByCode(code.value()).orElseThrow(() -> new UnknownProgrammeException(code));
	}

	private void publish(ProgrammeCode code, ProgrammeChanged.Change change, ProgrammeStatus from,
			ProgrammeStatus to, String actor) {
		publish(code, change, from, to, null, actor);
	}

	private void publish(ProgrammeCode code, ProgrammeChanged.Change change, ProgrammeStatus from,
			ProgrammeStatus to, String reason, String actor) {
		events.publishEvent(new ProgrammeChanged(code, change, from, to, reason, actor, clock.instant()));
	}

}
