package kr.sangsaeng.disbursement.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a bank system's JSON body, refusing what cannot be read with an answer that says why: a property given
 * twice is named (the application's mapper detects duplicates, see the system module's JSON configuration).
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
