package kr.sangsaeng.program;

import java.time.Instant;

import kr.sangsaeng.shared.Won;

/**
 * One change of the capacity of a programme's agreement, as the ledger shows it.
 *
 * @param kind {@code INITIAL}, {@code INCREASE} or {@code DECREASE}
 * @param agreement the agreement whose capacity changed
 */
public record CapacityLedgerEntry(long id, String kind, Won amount, String reason, String recordedBy,
		Instant recordedAt, AgreementCode agreement) {

	public String messageKey() {
		return "capacity.entry." + kind;
	}

	public boolean isDecrease() {
		return "DECREASE".equals(kind);
	}

}
