package kr.sangsaeng.disbursement.api;

import java.time.LocalDate;

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
		JsonNode root = JsonBodies.object(body, json);
		Won coveredLoss = JsonBodies.positiveWon(root, "coveredLossWon");
		Won claimed = JsonBodies.positiveWon(root, "claimedWon");
		LocalDate defaultDate = JsonBodies.date(root, "defaultDate");
		String reference = JsonBodies.reference(root, Claims.LONGEST_REFERENCE);
		return new ClaimRequest(coveredLoss, claimed, defaultDate, reference, "coveredLossWon=" + coveredLoss.value()
				+ ";claimedWon=" + claimed.value() + ";defaultDate=" + defaultDate + ";reference=" + reference);
	}

}
