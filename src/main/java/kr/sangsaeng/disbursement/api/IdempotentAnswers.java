package kr.sangsaeng.disbursement.api;

import java.net.URI;
import java.util.function.Supplier;

import kr.sangsaeng.disbursement.IdempotentRequests;
import kr.sangsaeng.identity.BankClient;
import kr.sangsaeng.shared.ApplicationId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Answers to bank systems' requests that take effect once. What a request records is answered 201; what it finds
 * recorded already, and every answer given again to a request sent again with its {@code Idempotency-Key}, is marked
 * {@code Idempotent-Replayed: true}.
 */
@Component
class IdempotentAnswers {

	/**
	 * What a request did: recorded something new, or found the same recorded already; and what it answers.
	 */
	record Outcome(boolean recorded, Object body) {

		static Outcome recorded(Object body) {
			return new Outcome(true, body);
		}

	}

	private final IdempotentRequests requests;

	private final JsonMapper json;

	IdempotentAnswers(IdempotentRequests requests, JsonMapper json) {
		this.requests = requests;
		this.json = json;
	}

	/**
	 * Does {@code work} once for the bank's {@code key}: the first request posted to {@code path} of the loan with
	 * this key runs it, a retry with the same {@code canonical} body gets the first answer. The answer points at
	 * {@code anchor} and the id of what it shows on the loan.
	 *
	 * @throws kr.sangsaeng.disbursement.IdempotencyKeyReusedException when the key came before with another request
	 */
	ResponseEntity<String> once(BankClient client, String key, ApplicationId loanId, String path, String canonical,
			String anchor, Supplier<Outcome> work) {
		String requestHash = BankApiRequests.sha256("POST " + loanPath(loanId) + "/" + path + "\n" + canonical);
		boolean[] replayed = { true };
		IdempotentRequests.Answer answer = requests.once(client.bankCode(), key, requestHash, () -> {
			Outcome outcome = work.get();
			replayed[0] = !outcome.recorded();
			return new IdempotentRequests.Answer(status(outcome.recorded()), json.writeValueAsString(outcome.body()));
		});
		return answer(answer.status(), replayed[0], loanId, anchor + "-" + json.readTree(answer.body()).get("id"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(answer.body());
	}

	/**
	 * The answer to a request that recorded something (201) or found it recorded already (200, replayed), pointing
	 * at {@code anchor} on the loan.
	 */
	static ResponseEntity.BodyBuilder answer(boolean recorded, ApplicationId loanId, String anchor) {
		return answer(status(recorded), !recorded, loanId, anchor);
	}

	private static ResponseEntity.BodyBuilder answer(int status, boolean replayed, ApplicationId loanId,
			String anchor) {
		return ResponseEntity.status(status)
			.location(URI.create(loanPath(loanId) + "#" + anchor))
			.header("Idempotent-Replayed", Boolean.toString(replayed));
	}

	private static int status(boolean recorded) {
		return recorded ? HttpStatus.CREATED.value() : HttpStatus.OK.value();
	}

	private static String loanPath(ApplicationId loanId) {
		return "/api/v1/bank/loans/" + loanId.value();
	}

}
