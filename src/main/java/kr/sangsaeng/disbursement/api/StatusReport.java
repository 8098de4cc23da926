package kr.sangsaeng.disbursement.api;

import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bank's report of how a loan ended: {@code {"status": "REPAID"}}, {@code "DEFAULTED"} or {@code "CANCELLED"}.
 */
final class StatusReport {

	private static final Set<String> REPORTABLE = Set.of("REPAID", "DEFAULTED", "CANCELLED");

	private StatusReport() {
	}

	static String read(String body, JsonMapper json) {
		JsonNode root;
		try {
			root = json.readTree(body == null ? "" : body);
		}
		catch (JacksonException unreadable) {
			throw new InvalidRequestException(null, "The body is not valid JSON.");
		}
		JsonNode status = root == null || !root.isObject() ? null : root.get("status");
		if (status == null || !status.isString() || !REPORTABLE.contains(status.asString())) {
			throw new InvalidRequestException("status", "status must be REPAID, DEFAULTED or CANCELLED.");
		}
		return status.asString();
	}

}
