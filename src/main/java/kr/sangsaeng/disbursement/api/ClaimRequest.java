package kr.sangsaeng.disbursement.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import kr.sangsaeng.disbursement.Claims;
import kr.sangsaeng.shared.Won;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A claim as a bank system files it: {@code {"coveredLossWon": 300000000, "claimedWon": 255000000,
 * "defaultDate": "2026-05-31", "reference": "WR-CLAIM-0001"}}. Read field by field so that each mistake gets its own
 * answer.
 *
 * @param canonical the body as parsed and written back, so that a retry differing only in spacing or field order is
 * the same request
 */
record ClaimRequest(Won coveredLoss, Won claimed, LocalDate defaultDate, String reference, String canonical) {

	static ClaimRequest read(String body, JsonMapper json) {
		JsonNode root = JsonBodies.read(body, json);
		if (root == null || !root.isObject()) {
			throw new InvalidRequestException(null, "The body must be a JSON object.");
		}
		Won coveredLoss = amount(root, "coveredLossWon");
		Won claimed = amount(root, "claimedWon");
		JsonNode date = root.get("defaultDate");
		if (date == null || date.isNull()) {
			throw new InvalidRequestException("defaultDate", "defaultDate is missing.");
		}
		LocalDate defaultDate;
		try {
			if (!date.isString() || !date.asString().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
				throw new DateTimeParseException("not YYYY-MM-DD", date.toString(), 0);
			}
			defaultDate = LocalDate.parse(date.asString());
		}
		catch (DateTimeParseException notADate) {
			throw new InvalidRequestException("defaultDate", "defaultDate must be a date written YYYY-MM-DD.");
		}
		JsonNode reference = root.get("reference");
		if (reference == null || reference.isNull() || !reference.isString() || reference.asString().isBlank()) {
			throw new InvalidRequestException("reference", "reference must be the bank's reference, as text.");
		}
		String text = reference.asString().strip();
		if (text.length() > Claims.LONGEST_REFERENCE || text.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidRequestException("reference",
					"reference must be at most " + Claims.LONGEST_REFERENCE + " characters without control characters.");
		}
		return new ClaimRequest(coveredLoss, claimed, defaultDate, text, "coveredLossWon=" + coveredLoss.value()
				+ ";claimedWon=" + claimed.value() + ";defaultDate=" + defaultDate + ";reference=" + text);
	}

	private static Won amount(JsonNode root, String field) {
		JsonNode amount = root.get(field);
		if (amount == null || amount.isNull()) {
			throw new InvalidRequestException(field, field + " is missing.");
		}
		if (!amount.isIntegralNumber() || !amount.canConvertToLong()) {
			throw new InvalidRequestException(field, field
					+ " must be a whole number of won, written as a JSON integer (no quotes, decimals or exponent).");
		}
		if (amount.longValue() <= 0) {
			throw new InvalidRequestException(field, field + " must be above zero.");
		}
		return Won.of(amount.longValue());
	}

}
