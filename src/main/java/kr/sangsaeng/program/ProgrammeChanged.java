package kr.sangsaeng.program;

import java.time.Instant;

/**
 * A programme was created, edited, moved to another status or deleted.
 *
 * @param programme the programme's code (after the change)
 * @param change what happened
 * @param from the status before, for status changes
 * @param to the status after, for status changes
 * @param actor the username of who did it
 * @param at when
 */
public record ProgrammeChanged(ProgrammeCode programme, Change change, ProgrammeStatus from, ProgrammeStatus to,
		String actor, Instant at) {

	public enum Change {

		CREATED, EDITED, STATUS_CHANGED, DELETED

	}

}
