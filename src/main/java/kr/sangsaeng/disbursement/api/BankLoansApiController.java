package kr.sangsaeng.disbursement.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.sangsaeng.disbursement.Claims;
import kr.sangsaeng.disbursement.Loan;
import kr.sangsaeng.disbursement.LoanChanges;
import kr.sangsaeng.disbursement.LoanNotFoundException;
import kr.sangsaeng.disbursement.LoanStatus;
import kr.sangsaeng.disbursement.LoanYearlyCosts;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.disbursement.MonthlyReports;
import kr.sangsaeng.identity.BankClient;
import kr.sangsaeng.review.GuaranteeCertificates;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.system.DocumentResponses;
import tools.jackson.databind.json.JsonMapper;

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
 * The API for lending banks' systems: their guaranteed loans and the loans' end (repaid, defaulted, cancelled);
 * payments out of them are {@link BankDisbursementsApiController}'s. A bank sees only its own loans; another bank's
 * loan does not exist for it.
 */
@RestController
@RequestMapping(path = "/api/v1/bank/loans", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Bank loans", description = "Guaranteed loans of the calling bank and their disbursements")
@SecurityRequirement(name = BankApiDocumentation.BANK_TOKEN)
class BankLoansApiController {

	private final Loans loans;

	private final MonthlyReports reports;

	private final JsonMapper json;

	private final GuaranteeCertificates certificates;

	private final Claims claims;

	private final LoanYearlyCosts yearlyCosts;

	private final LoanChanges changes;

	BankLoansApiController(Loans loans, MonthlyReports reports, Claims claims, JsonMapper json,
			GuaranteeCertificates certificates, LoanYearlyCosts yearlyCosts, LoanChanges changes) {
		this.yearlyCosts = yearlyCosts;
		this.changes = changes;
		this.loans = loans;
		this.claims = claims;
		this.reports = reports;
		this.json = json;
		this.certificates = certificates;
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
		return new LoanPage(found.loans().stream().map(loan -> LoanJson.of(loan, reports.outstanding(loan))).toList(), found.page(), Loans.PAGE_SIZE,
				found.hasNext());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One loan of the calling bank, with its payments and reversals")
	LoanJson show(@AuthenticationPrincipal BankClient client, @PathVariable("id") ApplicationId loanId) {
		Loan loan = loans.find(client.bankCode(), loanId).orElseThrow(LoanNotFoundException::new);
		return detail(loan);
	}

	@GetMapping(path = "/{id}/certificate.pdf", produces = { MediaType.APPLICATION_PDF_VALUE,
			MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The loan's guarantee certificate as a PDF",
			description = "404 until the certificate is issued (the SME accepted the agreement and paid its fee).")
	ResponseEntity<byte[]> certificate(@AuthenticationPrincipal BankClient client,
			@PathVariable("id") ApplicationId loanId) {
		loans.find(client.bankCode(), loanId).orElseThrow(LoanNotFoundException::new);
		return DocumentResponses.attachment(certificates.issued(loanId).orElseThrow(LoanNotFoundException::new));
	}

	@PostMapping("/{id}/certificate-acknowledgement")
	@Operation(summary = "Acknowledge receipt of the loan's guarantee certificate",
			description = "No body. Payments are accepted only once the certificate is acknowledged. Acknowledging "
					+ "again changes nothing; before the certificate is issued the answer is 409.")
	LoanJson acknowledge(@AuthenticationPrincipal BankClient client, @PathVariable("id") ApplicationId loanId) {
		Loan loan = loans.acknowledgeCertificate(client.bankCode(), loanId, client.actor());
		return detail(loan);
	}

	@PostMapping("/{id}/status")
	@Operation(summary = "Report the loan repaid or defaulted, or cancel it before any payment",
			description = "Body: {\"status\": \"REPAID\" | \"DEFAULTED\" | \"CANCELLED\"}. Reporting the status the loan "
					+ "already has changes nothing.")
	LoanJson report(@AuthenticationPrincipal BankClient client, @PathVariable("id") ApplicationId loanId,
			@RequestHeader(name = "Content-Type", required = false) String contentType,
			@RequestBody(required = false) String body) {
		BankApiRequests.requireJson(contentType);
		loans.find(client.bankCode(), loanId).orElseThrow(LoanNotFoundException::new);
		String status = StatusReport.read(body, json);
		Loan loan = switch (status) {
			case "REPAID" -> loans.repaid(client.bankCode(), loanId, client.actor());
			case "DEFAULTED" -> loans.defaulted(client.bankCode(), loanId, client.actor());
			default -> loans.cancel(client.bankCode(), loanId, client.actor());
		};
		return detail(loan);
	}

	private LoanJson detail(Loan loan) {
		return LoanJson.of(loan, reports.outstanding(loan), loans.entries(loan.id()), reports.history(loan.id()),
				claims.ofLoan(loan.id()).stream().findFirst(), yearlyCosts.of(loan),
				changes.ofBank(loan.bankCode(), loan.id()));
	}

}
