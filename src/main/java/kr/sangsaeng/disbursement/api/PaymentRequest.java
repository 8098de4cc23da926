package kr.sangsaeng.disbursement.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
		JsonNode date = root.get("disbursedOn");
		if (date == null || date.isNull()) {
			throw new InvalidRequestException("disbursedOn", "disbursedOn is missing.");
		}
		LocalDate disbursedOn;
		try {
			if (!date.isString() || !date.asString().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
				throw new DateTimeParseException("not YYYY-MM-DD", date.toString(), 0);
			}
			disbursedOn = LocalDate.parse(date.asString());
		}
		catch (DateTimeParseException notADate) {
			throw new InvalidRequestException("disbursedOn", "disbursedOn must be a date written YYYY-MM-DD.");
		}
		JsonNode reference = root.get("reference");
		if (reference == null || reference.isNull() || !reference.isString() || reference.asString().isBlank()) {
			throw new InvalidRequestException("reference", "reference must be the bank's reference, as text.");
		}
		String text = reference.asString().strip();
		if (text.length() > LONGEST_REFERENCE || text.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidRequestException("reference",
					"reference must be at most " + LONGEST_REFERENCE + " characters without control characters.");
		}
		return new PaymentRequest(Won.of(amount.longValue()), disbursedOn, text,
				"amountWon=" + amount.longValue() + ";disbursedOn=" + disbursedOn + ";reference=" + text);
	}

}
