package kr.sangsaeng.disbursement.api;

import java.time.LocalDate;

import kr.sangsaeng.shared.Won;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A payment as a bank system reports it: {@code {"amountWon": 150000000, "disbursedOn": "2026-03-02",
 * "reference": "WR-2026-000123"}}. Read field by field so that each mistake gets its own precise answer.
 *
 * @param canonical the body as parsed and written back, so that a retry differing only in spacing or field order
 * is the same request
 */
record PaymentRequest(Won amount, LocalDate disbursedOn, String reference, String canonical) {

	static final int LONGEST_REFERENCE = 64;

	static PaymentRequest read(String body, JsonMapper json) {
		JsonNode root = JsonBodies.object(body, json);
		Won amount = JsonBodies.positiveWon(root, "amountWon");
		LocalDate disbursedOn = JsonBodies.date(root, "disbursedOn");
		String reference = JsonBodies.reference(root, LONGEST_REFERENCE);
		return new PaymentRequest(amount, disbursedOn, reference,
				"amountWon=" + amount.value() + ";disbursedOn=" + disbursedOn + ";reference=" + reference);
	}

}
