package kr.sangsaeng.program;

import java.time.Instant;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

/**
 * Something moved on a programme's capacity: the administrator changed the capacity itself, or a guarantee
 * reserved, released or drew on part of it.
 *
 * @param programme the programme
 * @param movement what moved
 * @param amount by how much
 * @param application the application concerned, for reservations
 * @param position the programme's capacity, committed and disbursed amounts after the movement
 * @param reason the administrator's reason, for capacity changes
 * @param actor the username of who did it, or {@code system}
 * @param at when
 */
public record CapacityChanged(ProgrammeCode programme, Movement movement, Won amount, ApplicationId application,
		CapacityPosition position, String reason, String actor, Instant at) {

	public enum Movement {

		INITIAL, INCREASE, DECREASE, RESERVED, RELEASED, CONSUMED, CONSUMPTION_REVERSED

	}

}
