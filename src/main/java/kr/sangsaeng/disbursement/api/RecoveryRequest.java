package kr.sangsaeng.disbursement.api;

import java.time.LocalDate;

import kr.sangsaeng.shared.Won;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a bank system recovered after the agency paid its claim: {@code {"amountWon": 30000000, "recoveredOn":
 * "2026-07-15"}}. Read field by field so that each mistake gets its own answer.
 *
 * @param canonical the body as parsed and written back, so that a retry differing only in spacing or field order is
 * the same request
 */
record RecoveryRequest(Won amount, LocalDate recoveredOn, String canonical) {

	static RecoveryRequest read(String body, JsonMapper json) {
		JsonNode root = JsonBodies.object(body, json);
		Won amount = JsonBodies.positiveWon(root, "amountWon");
		LocalDate recoveredOn = JsonBodies.date(root, "recoveredOn");
		return new RecoveryRequest(amount, recoveredOn, "amountWon=" + amount.value() + ";recoveredOn=" + recoveredOn);
	}

}
