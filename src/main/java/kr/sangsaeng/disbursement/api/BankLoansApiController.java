package kr.sangsaeng.disbursement.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.sangsaeng.disbursement.IdempotentRequests;
import kr.sangsaeng.disbursement.Loan;
import kr.sangsaeng.disbursement.LoanNotFoundException;
import kr.sangsaeng.disbursement.LoanStatus;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.identity.BankClient;
import kr.sangsaeng.shared.ApplicationId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API for lending banks' systems: their guaranteed loans, payments out of them with an {@code Idempotency-Key},
 * and the loans' end (repaid, defaulted, cancelled). A bank sees only its own loans; another bank's loan does not
 * exist for it.
 */
@RestController
@RequestMapping(path = "/api/v1/bank/loans", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Bank loans", description = "Guaranteed loans of the calling bank and their disbursements")
@SecurityRequirement(name = BankApiDocumentation.BANK_TOKEN)
class BankLoansApiController {

	static final int LONGEST_KEY = 200;

	private final Loans loans;

	private final IdempotentRequests idempotentRequests;

	private final JsonMapper json;

	BankLoansApiController(Loans loans, IdempotentRequests idempotentRequests, JsonMapper json) {
		this.loans = loans;
		this.idempotentRequests = idempotentRequests;
		this.json = json;
	}

	/**
	 * A page of the bank's loans, newest first.
	 */
	record LoanPage(List<LoanJson> content, int page, int size, boolean hasNext) {
	}

	@GetMapping
	@Operation(summary = "The calling bank's guaranteed loans, newest first, 25 a page")
	LoanPage list(@AuthenticationPrincipal BankClient client,
			@Parameter(description = "APPROVED, DISBURSING, ACTIVE, REPAID, DEFAULTED or CANCELLED") @RequestParam(required = false) String status,
			@Parameter(description = "zero-based page number") @RequestParam(defaultValue = "0") String page) {
		LoanStatus chosen = null;
		if (status != null && !status.isBlank()) {
			try {
				chosen = LoanStatus.valueOf(status.strip());
			}
			catch (IllegalArgumentException unknown) {
				throw new InvalidRequestException("status",
						"status must be one of APPROVED, DISBURSING, ACTIVE, REPAID, DEFAULTED, CANCELLED.");
			}
		}
		if (!page.matches("[0-9]{1,6}")) {
			throw new InvalidRequestException("page", "page must be a whole number from 0.");
		}
		Loans.Page found = loans.ofBank(client.bankCode(), new Loans.Filter(chosen, null, null),
				Integer.parseInt(page));
		return new LoanPage(found.loans().stream().map(LoanJson::of).toList(), found.page(), Loans.PAGE_SIZE,
				found.hasNext());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One loan of the calling bank, with its payments and reversals")
	LoanJson show(@AuthenticationPrincipal BankClient client, @PathVariable String id) {
		ApplicationId loanId = loanId(id);
		Loan loan = loans.find(client.bankCode(), loanId).orElseThrow(LoanNotFoundException::new);
		return LoanJson.of(loan, loans.entries(loanId));
	}

	@PostMapping("/{id}/disbursements")
	@Operation(summary = "Record a payment out of the loan",
			description = "The same Idempotency-Key with the same body returns the first answer and pays nothing "
					+ "twice; the same key with another body is refused with 422.")
	ResponseEntity<String> disburse(@AuthenticationPrincipal BankClient client, @PathVariable String id,
			@Parameter(description = "a unique key per payment, chosen by the bank (at most 200 characters)") @RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestHeader(name = "Content-Type", required = false) String contentType,
			@RequestBody(required = false) String body) {
		ApplicationId loanId = loanId(id);
		requireJson(contentType);
		if (key == null || key.isBlank()) {
			throw new InvalidRequestException("Idempotency-Key", "The Idempotency-Key header is missing.");
		}
		if (key.length() > LONGEST_KEY || !key.matches("[\\x21-\\x7E]+")) {
			throw new InvalidRequestException("Idempotency-Key",
					"The Idempotency-Key must be 1 to 200 visible ASCII characters.");
		}
		loans.find(client.bankCode(), loanId).orElseThrow(LoanNotFoundException::new);
		PaymentRequest payment = PaymentRequest.read(body, json);
		String requestHash = sha256("POST /api/v1/bank/loans/" + loanId.value() + "/disbursements\n"
				+ payment.canonical());
		boolean[] replayed = { true };
		IdempotentRequests.Answer answer = idempotentRequests.once(client.bankCode(), key, requestHash, () -> {
			replayed[0] = false;
			Loan before = loans.find(client.bankCode(), loanId).orElseThrow(LoanNotFoundException::new);
			DisbursementReceipt receipt = DisbursementReceipt.of(loans.pay(client.bankCode(), loanId, payment.amount(),
					payment.disbursedOn(), payment.reference(), client.getName(), "API"), before.approved().value());
			return new IdempotentRequests.Answer(HttpStatus.CREATED.value(), json.writeValueAsString(receipt));
		});
		JsonNode written = json.readTree(answer.body());
		return ResponseEntity.status(answer.status())
			.contentType(MediaType.APPLICATION_JSON)
			.location(URI.create("/api/v1/bank/loans/" + loanId.value() + "#disbursement-" + written.get("id")))
			.header("Idempotent-Replayed", Boolean.toString(replayed[0]))
			.body(answer.body());
	}

	@PostMapping("/{id}/status")
	@Operation(summary = "Report the loan repaid or defaulted, or cancel it before any payment",
			description = "Body: {\"status\": \"REPAID\" | \"DEFAULTED\" | \"CANCELLED\"}. Reporting the status the loan "
					+ "already has changes nothing.")
	LoanJson report(@AuthenticationPrincipal BankClient client, @PathVariable String id,
			@RequestHeader(name = "Content-Type", required = false) String contentType,
			@RequestBody(required = false) String body) {
		ApplicationId loanId = loanId(id);
		requireJson(contentType);
		loans.find(client.bankCode(), loanId).orElseThrow(LoanNotFoundException::new);
		String status = StatusReport.read(body, json);
		Loan loan = switch (status) {
			case "REPAID" -> loans.repaid(client.bankCode(), loanId, client.getName());
			case "DEFAULTED" -> loans.defaulted(client.bankCode(), loanId, client.getName());
			default -> loans.cancel(client.bankCode(), loanId, client.getName());
		};
		return LoanJson.of(loan, loans.entries(loanId));
	}

	/**
	 * Bodies are JSON; anything else is refused before it is read (mapping {@code consumes} would refuse it before
	 * this API's problem answers apply).
	 */
	private static void requireJson(String contentType) {
		try {
			if (contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
				return;
			}
		}
		catch (InvalidMediaTypeException unreadable) {
			// refused below
		}
		throw new UnsupportedBodyException();
	}

	private static ApplicationId loanId(String id) {
		if (id == null || !id.matches("[0-9]{1,18}") || Long.parseLong(id) <= 0) {
			throw new LoanNotFoundException();
		}
		return new ApplicationId(Long.parseLong(id));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
