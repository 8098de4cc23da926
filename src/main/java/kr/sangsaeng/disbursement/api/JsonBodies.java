package kr.sangsaeng.disbursement.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.sangsaeng.shared.Won;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a bank system's JSON body, refusing what cannot be read with an answer that says why: a property given
 * twice is named (the application's mapper detects duplicates, see the system module's JSON configuration), and each
 * field read from the body is named when it is missing or not in its form.
 */
final class JsonBodies {

	private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.{1,100}?)\"");

	private JsonBodies() {
	}

	static JsonNode read(String body, JsonMapper json) {
		try {
			return json.readTree(body == null ? "" : body);
		}
		catch (StreamReadException unreadable) {
			String duplicate = duplicateProperty(unreadable);
			if (duplicate != null) {
				throw new InvalidRequestException(duplicate,
						duplicate + " is given more than once. Give each field once.");
			}
			throw new InvalidRequestException(null, "The body is not valid JSON.");
		}
		catch (JacksonException unreadable) {
			throw new InvalidRequestException(null, "The body is not valid JSON.");
		}
	}

	/**
	 * The body, which must be a JSON object.
	 */
	static JsonNode object(String body, JsonMapper json) {
		JsonNode root = read(body, json);
		if (root == null || !root.isObject()) {
			throw new InvalidRequestException(null, "The body must be a JSON object.");
		}
		return root;
	}

	/**
	 * The field as an amount of won above zero.
	 */
	static Won positiveWon(JsonNode root, String field) {
		long amount = wholeWon(root, field);
		if (amount <= 0) {
			throw new InvalidRequestException(field, field + " must be above zero.");
		}
		return Won.of(amount);
	}

	/**
	 * The field as a whole number of won, written as a JSON integer; its sign is for the caller to check.
	 */
	static long wholeWon(JsonNode root, String field) {
		JsonNode amount = required(root, field);
		if (!amount.isIntegralNumber() || !amount.canConvertToLong()) {
			throw new InvalidRequestException(field, field
					+ " must be a whole number of won, written as a JSON integer (no quotes, decimals or exponent).");
		}
		return amount.longValue();
	}

	/**
	 * The field as a date written YYYY-MM-DD.
	 */
	static LocalDate date(JsonNode root, String field) {
		return written(root, field, "[0-9]{4}-[0-9]{2}-[0-9]{2}", LocalDate::parse,
				field + " must be a date written YYYY-MM-DD.");
	}

	/**
	 * The field as a month written YYYY-MM.
	 */
	static YearMonth month(JsonNode root, String field) {
		return written(root, field, "[0-9]{4}-[0-9]{2}", YearMonth::parse, field + " must be a month written YYYY-MM.");
	}

	/**
	 * The bank's own reference in the field {@code reference}: text of at most {@code longest} characters, without
	 * control characters, stripped of surrounding spaces.
	 */
	static String reference(JsonNode root, int longest) {
		JsonNode reference = root.get("reference");
		if (reference == null || reference.isNull() || !reference.isString() || reference.asString().isBlank()) {
			throw new InvalidRequestException("reference", "reference must be the bank's reference, as text.");
		}
		String text = reference.asString().strip();
		if (text.length() > longest || text.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidRequestException("reference",
					"reference must be at most " + longest + " characters without control characters.");
		}
		return text;
	}

	private static <T> T written(JsonNode root, String field, String form, Function<String, T> parse,
			String mistake) {
		JsonNode value = required(root, field);
		if (!value.isString() || !value.asString().matches(form)) {
			throw new InvalidRequestException(field, mistake);
		}
		try {
			return parse.apply(value.asString());
		}
		catch (DateTimeParseException impossible) {
			throw new InvalidRequestException(field, mistake);
		}
	}

	private static JsonNode required(JsonNode root, String field) {
		JsonNode value = root.get(field);
		if (value == null || value.isNull()) {
			throw new InvalidRequestException(field, field + " is missing.");
		}
		return value;
	}

	/**
	 * The property a parser refused because the object already had it, without control characters, or
	 * {@code null} when the body failed for another reason.
	 */
	static String duplicateProperty(StreamReadException failure) {
		Matcher matcher = DUPLICATE.matcher(String.valueOf(failure.getOriginalMessage()));
		if (!matcher.find()) {
			return null;
		}
		return matcher.group(1).replaceAll("\\p{Cntrl}", "?");
	}

}
