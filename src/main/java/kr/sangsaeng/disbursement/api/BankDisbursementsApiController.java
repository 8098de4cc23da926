package kr.sangsaeng.disbursement.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.sangsaeng.disbursement.DisbursementChannel;
import kr.sangsaeng.disbursement.IdempotentRequests;
import kr.sangsaeng.disbursement.Loan;
import kr.sangsaeng.disbursement.LoanNotFoundException;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.identity.BankClient;
import kr.sangsaeng.shared.ApplicationId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
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
 * Payments out of a bank's guaranteed loans, each with an {@code Idempotency-Key}: a request sent again pays
 * nothing twice.
 */
@RestController
@RequestMapping(path = "/api/v1/bank/loans", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Bank loans", description = "Guaranteed loans of the calling bank and their disbursements")
@SecurityRequirement(name = BankApiDocumentation.BANK_TOKEN)
class BankDisbursementsApiController {

	static final int LONGEST_KEY = 200;

	private final Loans loans;

	private final IdempotentRequests idempotentRequests;

	private final JsonMapper json;

	BankDisbursementsApiController(Loans loans, IdempotentRequests idempotentRequests, JsonMapper json) {
		this.loans = loans;
		this.idempotentRequests = idempotentRequests;
		this.json = json;
	}

	@PostMapping("/{id}/disbursements")
	@Operation(summary = "Record a payment out of the loan",
			description = "The same Idempotency-Key with the same body returns the first answer and pays nothing "
					+ "twice; the same key with another body is refused with 422. A reference that a payment of the "
					+ "loan already carries is refused with 409: the same transfer is recorded once.")
	ResponseEntity<String> disburse(@AuthenticationPrincipal BankClient client, @PathVariable("id") ApplicationId loanId,
			@Parameter(description = "a unique key per payment, chosen by the bank (at most 200 characters)") @RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestHeader(name = "Content-Type", required = false) String contentType,
			@RequestBody(required = false) String body) {
		BankApiRequests.requireJson(contentType);
		BankApiRequests.idempotencyKey(key);
		loans.find(client.bankCode(), loanId).orElseThrow(LoanNotFoundException::new);
		PaymentRequest payment = PaymentRequest.read(body, json);
		String requestHash = BankApiRequests.sha256("POST /api/v1/bank/loans/" + loanId.value() + "/disbursements\n"
				+ payment.canonical());
		boolean[] replayed = { true };
		IdempotentRequests.Answer answer = idempotentRequests.once(client.bankCode(), key, requestHash, () -> {
			replayed[0] = false;
			Loan before = loans.find(client.bankCode(), loanId).orElseThrow(LoanNotFoundException::new);
			DisbursementReceipt receipt = DisbursementReceipt.of(loans.pay(client.bankCode(), loanId, payment.amount(),
					payment.disbursedOn(), payment.reference(), client.actor(), DisbursementChannel.API),
					before.approved().value());
			return new IdempotentRequests.Answer(HttpStatus.CREATED.value(), json.writeValueAsString(receipt));
		});
		JsonNode written = json.readTree(answer.body());
		return ResponseEntity.status(answer.status())
			.contentType(MediaType.APPLICATION_JSON)
			.location(URI.create("/api/v1/bank/loans/" + loanId.value() + "#disbursement-" + written.get("id")))
			.header("Idempotent-Replayed", Boolean.toString(replayed[0]))
			.body(answer.body());
	}

}
