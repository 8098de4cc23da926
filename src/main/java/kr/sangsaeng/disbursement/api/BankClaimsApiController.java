package kr.sangsaeng.disbursement.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.sangsaeng.disbursement.Claims;
import kr.sangsaeng.disbursement.DisbursementChannel;
import kr.sangsaeng.disbursement.LoanNotFoundException;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.identity.BankClient;
import kr.sangsaeng.shared.ApplicationId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Banks' claims on their defaulted loans (대위변제 청구) and what they recover after the agency paid, each with an
 * {@code Idempotency-Key}: a claim or a recovery sent again is recorded once.
 */
@RestController
@RequestMapping(path = "/api/v1/bank/loans", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Bank loans", description = "Guaranteed loans of the calling bank and their disbursements")
@SecurityRequirement(name = BankApiDocumentation.BANK_TOKEN)
class BankClaimsApiController {

	private final Loans loans;

	private final Claims claims;

	private final IdempotentAnswers answers;

	private final JsonMapper json;

	BankClaimsApiController(Loans loans, Claims claims, IdempotentAnswers answers, JsonMapper json) {
		this.loans = loans;
		this.claims = claims;
		this.answers = answers;
		this.json = json;
	}

	@PostMapping("/{id}/claims")
	@Operation(summary = "Claim the guaranteed share of the loss on a defaulted loan",
			description = "Body: {\"coveredLossWon\": 300000000, \"claimedWon\": 255000000, \"defaultDate\": "
					+ "\"2026-05-31\", \"reference\": \"WR-CLAIM-0001\"}. claimedWon may be at most the guarantee "
					+ "ratio times coveredLossWon (422 otherwise). The same Idempotency-Key with the same body returns "
					+ "the first answer; the same claim under another key returns the claim filed with 200. A loan not "
					+ "in default, or one whose claim is open or paid, is refused with 409.")
	ResponseEntity<String> file(@AuthenticationPrincipal BankClient client, @PathVariable("id") ApplicationId loanId,
			@Parameter(description = "a unique key per claim, chosen by the bank (at most 200 characters)") @RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestHeader(name = "Content-Type", required = false) String contentType,
			@RequestBody(required = false) String body) {
		BankApiRequests.requireJson(contentType);
		BankApiRequests.idempotencyKey(key);
		loans.find(client.bankCode(), loanId).orElseThrow(LoanNotFoundException::new);
		ClaimRequest request = ClaimRequest.read(body, json);
		return answers.once(client, key, loanId, "claims", request.canonical(), "claim", () -> {
			Claims.Filing filing = claims.file(client.bankCode(), loanId, request.coveredLoss(), request.claimed(),
					request.defaultDate(), request.reference(), client.actor(), DisbursementChannel.API);
			return new IdempotentAnswers.Outcome(filing.filed(), ClaimJson.of(filing.claim()));
		});
	}

	@PostMapping("/{id}/claims/recoveries")
	@Operation(summary = "Record won recovered after the agency paid the loan's claim",
			description = "Body: {\"amountWon\": 30000000, \"recoveredOn\": \"2026-07-15\"}. The recoveries of a "
					+ "claim add up to at most what the agency paid (422 otherwise, and 422 when the loan has no paid "
					+ "claim). The same Idempotency-Key with the same body returns the first answer and records "
					+ "nothing more; a new recovery needs a new key.")
	ResponseEntity<String> recover(@AuthenticationPrincipal BankClient client, @PathVariable("id") ApplicationId loanId,
			@Parameter(description = "a unique key per recovery, chosen by the bank (at most 200 characters)") @RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestHeader(name = "Content-Type", required = false) String contentType,
			@RequestBody(required = false) String body) {
		BankApiRequests.requireJson(contentType);
		BankApiRequests.idempotencyKey(key);
		loans.find(client.bankCode(), loanId).orElseThrow(LoanNotFoundException::new);
		RecoveryRequest request = RecoveryRequest.read(body, json);
		return answers.once(client, key, loanId, "claims/recoveries", request.canonical(), "claim",
				() -> IdempotentAnswers.Outcome.recorded(ClaimJson.of(claims.recordRecovery(client.bankCode(), loanId,
						request.amount(), request.recoveredOn(), client.actor()))));
	}

}
