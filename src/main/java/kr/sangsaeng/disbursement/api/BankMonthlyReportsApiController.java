package kr.sangsaeng.disbursement.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.sangsaeng.disbursement.DisbursementChannel;
import kr.sangsaeng.disbursement.Loan;
import kr.sangsaeng.disbursement.LoanNotFoundException;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.disbursement.MonthlyReports;
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
 * Banks' monthly reports of a loan's balance and status, one per loan and month.
 */
@RestController
@RequestMapping(path = "/api/v1/bank/loans", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Bank loans", description = "Guaranteed loans of the calling bank and their disbursements")
@SecurityRequirement(name = BankApiDocumentation.BANK_TOKEN)
class BankMonthlyReportsApiController {

	private final Loans loans;

	private final MonthlyReports reports;

	private final JsonMapper json;

	BankMonthlyReportsApiController(Loans loans, MonthlyReports reports, JsonMapper json) {
		this.loans = loans;
		this.reports = reports;
		this.json = json;
	}

	/**
	 * The report as recorded, with what the loan has outstanding after it.
	 */
	record Receipt(MonthlyReportJson report, String loanStatus, long outstandingBalanceWon,
			long outstandingGuaranteeWon) {
	}

	@PostMapping("/{id}/monthly-reports")
	@Operation(summary = "Report the loan's balance and status at the end of a month",
			description = "Body: {\"month\": \"YYYY-MM\", \"balanceWon\": 300000000, \"status\": \"CURRENT\" | "
					+ "\"ARREARS\" | \"RESTRUCTURED\" | \"REPAID\" | \"DEFAULTED\", \"daysInArrears\": 35 (ARREARS "
					+ "only)}. One report per month: the same report again returns the first with 200 and records "
					+ "nothing; another report of a month already reported is refused with 409. REPAID ends the loan "
					+ "as repaid (balance 0), DEFAULTED reports it in default.")
	ResponseEntity<Receipt> report(@AuthenticationPrincipal BankClient client, @PathVariable("id") ApplicationId loanId,
			@RequestHeader(name = "Content-Type", required = false) String contentType,
			@RequestBody(required = false) String body) {
		BankApiRequests.requireJson(contentType);
		loans.find(client.bankCode(), loanId).orElseThrow(LoanNotFoundException::new);
		MonthlyReportRequest request = MonthlyReportRequest.read(body, json);
		MonthlyReports.Outcome outcome = reports.report(client.bankCode(), loanId, request.month(), request.balance(),
				request.status(), request.daysInArrears(), client.actor(), DisbursementChannel.API);
		Loan loan = loans.find(client.bankCode(), loanId).orElseThrow(LoanNotFoundException::new);
		MonthlyReports.Outstanding outstanding = reports.outstanding(loan);
		return IdempotentAnswers.answer(outcome.recorded(), loanId, "monthly-report-" + request.month())
			.body(new Receipt(MonthlyReportJson.of(outcome.report()), loan.status().name(),
					outstanding.balance().value(), outstanding.guarantee().value()));
	}

}
