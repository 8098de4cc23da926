package kr.sangsaeng.disbursement.api;

import java.net.URI;
import java.util.Locale;

import kr.sangsaeng.disbursement.CertificateNotAcknowledgedException;
import kr.sangsaeng.disbursement.ClaimConflictException;
import kr.sangsaeng.disbursement.IdempotencyKeyReusedException;
import kr.sangsaeng.disbursement.LoanNotFoundException;
import kr.sangsaeng.disbursement.LoanRuleException;
import kr.sangsaeng.disbursement.MonthlyReportConflictException;
import kr.sangsaeng.disbursement.MonthlyReportRefusedException;
import kr.sangsaeng.disbursement.PaymentReferenceUsedException;
import kr.sangsaeng.shared.ApplicationId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the bank API as {@code application/problem+json} (RFC 9457), in English for the systems that
 * read them, with the field at fault where there is one. Nothing here ever answers 500 with details. It comes
 * before the advice for pages, so that no answer of the API becomes an HTML page; only an overload answers first.
 */
@RestControllerAdvice(assignableTypes = { BankLoansApiController.class, BankDisbursementsApiController.class,
		BankMonthlyReportsApiController.class, BankClaimsApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BankApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(BankApiProblems.class);

	private static final String TYPES = "https://sangsaeng.kr/problems/";

	private final MessageSource messages;

	BankApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(LoanNotFoundException.class)
	ResponseEntity<Object> notFound(LoanNotFoundException missing) {
		return answer(HttpStatus.NOT_FOUND, "loan-not-found", "Loan not found",
				"There is no loan with this id among your bank's loans.", null);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException mismatch, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ApplicationId.class.equals(mismatch.getRequiredType())) {
			return notFound(new LoanNotFoundException());
		}
		return super.handleTypeMismatch(mismatch, headers, status, request);
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<Object> invalid(InvalidRequestException invalid) {
		return answer(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not in the expected form",
				invalid.getMessage(), invalid.field());
	}

	@ExceptionHandler(UnsupportedBodyException.class)
	ResponseEntity<Object> unsupported(UnsupportedBodyException unsupported) {
		return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "The body must be JSON",
				"Send the body as application/json.", "Content-Type");
	}

	@ExceptionHandler(CertificateNotAcknowledgedException.class)
	ResponseEntity<Object> withoutCertificate(CertificateNotAcknowledgedException waiting) {
		return answer(HttpStatus.CONFLICT, "certificate-not-acknowledged",
				"The loan's guarantee certificate is not acknowledged", english(waiting.messageKey(), waiting.arguments()),
				null);
	}

	@ExceptionHandler(LoanRuleException.class)
	ResponseEntity<Object> refused(LoanRuleException refused) {
		return answer(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violated", "The loan's rules do not allow this",
				english(refused.messageKey(), refused.arguments()), refused.field());
	}

	@ExceptionHandler(MonthlyReportRefusedException.class)
	ResponseEntity<Object> reportRefused(MonthlyReportRefusedException refused) {
		return answer(HttpStatus.BAD_REQUEST, "invalid-request", "The report is not possible for this loan",
				english(refused.messageKey(), refused.arguments()), refused.field());
	}

	@ExceptionHandler(MonthlyReportConflictException.class)
	ResponseEntity<Object> reportConflict(MonthlyReportConflictException conflict) {
		return answer(HttpStatus.CONFLICT, "month-already-reported", "This month of the loan is reported already",
				english(conflict.messageKey(), conflict.arguments()), conflict.field());
	}

	@ExceptionHandler(ClaimConflictException.class)
	ResponseEntity<Object> claimConflict(ClaimConflictException conflict) {
		return answer(HttpStatus.CONFLICT, "claim-not-possible", "The loan takes no claim now",
				english(conflict.messageKey(), conflict.arguments()), conflict.field());
	}

	@ExceptionHandler(PaymentReferenceUsedException.class)
	ResponseEntity<Object> referenceUsed(PaymentReferenceUsedException used) {
		return answer(HttpStatus.CONFLICT, "reference-already-recorded",
				"A payment of this loan already carries this reference",
				english(used.messageKey(), used.arguments()), used.field());
	}

	@ExceptionHandler(IdempotencyKeyReusedException.class)
	ResponseEntity<Object> reused(IdempotencyKeyReusedException reused) {
		return answer(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
				"The Idempotency-Key was used for another request",
				"This Idempotency-Key came before with a different request. Use a new key for a new payment.",
				"Idempotency-Key");
	}

	@ExceptionHandler(TransientDataAccessException.class)
	ResponseEntity<Object> busy(TransientDataAccessException busy) {
		log.warn("Bank API request could not reach the database: {}", busy.getMessage());
		ResponseEntity<Object> answer = answer(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Try again shortly",
				"The service is busy. Send the same request with the same Idempotency-Key again.", null);
		return ResponseEntity.status(answer.getStatusCode())
			.headers(answer.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, "2")
			.body(answer.getBody());
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<Object> unexpected(RuntimeException failure) {
		if (failure instanceof AccessDeniedException denied) {
			throw denied;
		}
		log.error("Bank API request failed", failure);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side",
				"Nothing was recorded. Send the same request with the same Idempotency-Key again later.", null);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.addAll(headers);
		problemHeaders.set(HttpHeaders.CONTENT_TYPE, "application/problem+json");
		return new ResponseEntity<>(body, problemHeaders, statusCode);
	}

	private ResponseEntity<Object> answer(HttpStatus status, String type, String title, String detail, String field) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPES + type));
		problem.setTitle(title);
		if (field != null) {
			problem.setProperty("field", field);
		}
		return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, "application/problem+json").body(problem);
	}

	private String english(String key, Object[] arguments) {
		try {
			return messages.getMessage(key, arguments, Locale.ENGLISH);
		}
		catch (NoSuchMessageException untranslated) {
			return key;
		}
	}

}
