package kr.sangsaeng.disbursement.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
		JsonNode root = JsonBodies.read(body, json);
		if (root == null || !root.isObject()) {
			throw new InvalidRequestException(null, "The body must be a JSON object.");
		}
		JsonNode amount = root.get("amountWon");
		if (amount == null || amount.isNull()) {
			throw new InvalidRequestException("amountWon", "amountWon is missing.");
		}
		if (!amount.isIntegralNumber() || !amount.canConvertToLong()) {
			throw new InvalidRequestException("amountWon",
					"amountWon must be a whole number of won, written as a JSON integer (no quotes, decimals or exponent).");
		}
		if (amount.longValue() <= 0) {
			throw new InvalidRequestException("amountWon", "amountWon must be above zero.");
		}
		JsonNode date = root.get("recoveredOn");
		if (date == null || date.isNull()) {
			throw new InvalidRequestException("recoveredOn", "recoveredOn is missing.");
		}
		LocalDate recoveredOn;
		try {
			if (!date.isString() || !date.asString().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
				throw new DateTimeParseException("not YYYY-MM-DD", date.toString(), 0);
			}
			recoveredOn = LocalDate.parse(date.asString());
		}
		catch (DateTimeParseException notADate) {
			throw new InvalidRequestException("recoveredOn", "recoveredOn must be a date written YYYY-MM-DD.");
		}
		return new RecoveryRequest(Won.of(amount.longValue()), recoveredOn,
				"amountWon=" + amount.longValue() + ";recoveredOn=" + recoveredOn);
	}

}
