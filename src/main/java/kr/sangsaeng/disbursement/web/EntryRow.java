package kr.sangsaeng.disbursement.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.disbursement.DisbursementEntry;

/**
 * A payment or reversal as the loan's page lists it: payments numbered in the order they were recorded, a reversal
 * with the number of the payment it cancels, and the name of whoever recorded it.
 *
 * @param number the payment's number within the loan, or that of the payment a reversal cancels
 * @param reversible whether the officer may still reverse this payment
 */
record EntryRow(DisbursementEntry entry, int number, String recordedByName, boolean reversible) {

	static List<EntryRow> of(List<DisbursementEntry> entries, Map<String, String> names, boolean reversals) {
		Map<Long, Integer> numbers = new HashMap<>();
		List<EntryRow> rows = new ArrayList<>();
		for (DisbursementEntry entry : entries) {
			int number;
			if (entry.isPayment()) {
				number = numbers.size() + 1;
				numbers.put(entry.id(), number);
			}
			else {
				number = numbers.getOrDefault(entry.reversesId(), 0);
			}
			rows.add(new EntryRow(entry, number, names.getOrDefault(entry.recordedBy(), entry.recordedBy()),
					reversals && entry.isPayment() && !entry.isReversed()));
		}
		return rows;
	}

}
