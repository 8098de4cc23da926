package kr.sangsaeng.program;

import kr.sangsaeng.shared.Won;

/**
 * What the applications tell a programme about the submitted applications that await a decision, so that the
 * programme can count its intake afresh when an intake limit is set.
 */
public interface ApplicationsAwaitingDecision {

	/**
	 * The sum of the amounts asked for by the programme's submitted applications that await a decision, as
	 * committed.
	 */
	Won requested(ProgrammeCode programme);

}
