package kr.sangsaeng.program;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.Won;

/**
 * Something moved on a programme's capacity (on one of its agreements): the administrator changed the capacity itself, or a guarantee
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
 * @param agreement the agreement of the programme whose capacity moved, or {@code null} where not known
 */
public record CapacityChanged(ProgrammeCode programme, Movement movement, Won amount, ApplicationId application,
		CapacityPosition position, String reason, String actor, Instant at, AgreementCode agreement)
		implements AuditableEvent {

	public CapacityChanged(ProgrammeCode programme, Movement movement, Won amount, ApplicationId application,
			CapacityPosition position, String reason, String actor, Instant at) {
		this(programme, movement, amount, application, position, reason, actor, at, null);
	}

	public enum Movement {

		INITIAL, INCREASE, DECREASE, RESERVED, RELEASED, CONSUMED, CONSUMPTION_REVERSED

	}

	@Override
	public String auditSubject() {
		return "programme:" + programme.value();
	}

	/**
	 * {@code capacity.} and the movement, e.g. {@code capacity.increase}, {@code capacity.reserved} or
	 * {@code capacity.consumption-reversed}.
	 */
	@Override
	public String auditAction() {
		return "capacity." + movement.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The amount, the figure it moved from and to (capacity, committed or disbursed, in whole won), and the
	 * application or reason where there is one.
	 */
	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("amountWon", amount.value());
		Won after = switch (movement) {
			case INITIAL, INCREASE, DECREASE -> position.capacity();
			case RESERVED, RELEASED -> position.committed();
			case CONSUMED, CONSUMPTION_REVERSED -> position.disbursed();
		};
		long before = switch (movement) {
			case INITIAL, INCREASE, RESERVED, CONSUMED -> after.value() - amount.value();
			case DECREASE, RELEASED, CONSUMPTION_REVERSED -> after.value() + amount.value();
		};
		String figure = switch (movement) {
			case INITIAL, INCREASE, DECREASE -> "capacityWon";
			case RESERVED, RELEASED -> "committedWon";
			case CONSUMED, CONSUMPTION_REVERSED -> "disbursedWon";
		};
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("from", before);
		change.put("to", after.value());
		details.put(figure, change);
		if (agreement != null) {
			details.put("agreement", agreement.value());
		}
		if (application != null) {
			details.put("applicationId", application.value());
		}
		if (reason != null && !reason.isBlank()) {
			details.put("reason", reason);
		}
		return details;
	}

}
