package kr.sangsaeng.disbursement.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.sangsaeng.disbursement.DisbursementChannel;
import kr.sangsaeng.disbursement.Loan;
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

	private final IdempotentAnswers answers;

	private final JsonMapper json;

	BankDisbursementsApiController(Loans loans, IdempotentAnswers answers, JsonMapper json) {
		this.loans = loans;
		this.answers = answers;
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
		return answers.once(client, key, loanId, "disbursements", payment.canonical(), "disbursement", () -> {
			Loan before = loans.find(client.bankCode(), loanId).orElseThrow(LoanNotFoundException::new);
			return IdempotentAnswers.Outcome.recorded(DisbursementReceipt.of(loans.pay(client.bankCode(), loanId,
					payment.amount(), payment.disbursedOn(), payment.reference(), client.actor(), DisbursementChannel.API),
					before.approved().value()));
		});
	}

}
