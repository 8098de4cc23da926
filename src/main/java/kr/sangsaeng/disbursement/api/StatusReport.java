package kr.sangsaeng.disbursement.api;

import java.util.Set;

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
		JsonNode root = JsonBodies.read(body, json);
		JsonNode status = root == null || !root.isObject() ? null : root.get("status");
		if (status == null || !status.isString() || !REPORTABLE.contains(status.asString())) {
			throw new InvalidRequestException("status", "status must be REPAID, DEFAULTED or CANCELLED.");
		}
		return status.asString();
	}

}
