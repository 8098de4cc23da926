package kr.sangsaeng.program;

import java.time.Instant;

import kr.sangsaeng.shared.Won;

/**
 * One change of a programme's capacity, as the ledger shows it.
 *
 * @param kind {@code INITIAL}, {@code INCREASE} or {@code DECREASE}
 */
public record CapacityLedgerEntry(long id, String kind, Won amount, String reason, String recordedBy,
		Instant recordedAt) {

	public String messageKey() {
		return "capacity.entry." + kind;
	}

	public boolean isDecrease() {
		return "DECREASE".equals(kind);
	}

}
