package kr.sangsaeng.disbursement;

import java.util.Optional;
import java.util.function.Supplier;

import kr.sangsaeng.shared.BankCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests of bank systems that must take effect once however often they are sent. The first request with a key
 * does the work and stores its answer in the same transaction; a retry with the same key and body gets that
 * answer without doing anything; the same key with another body is refused.
 * <p>
 * Concurrent requests with one key queue on the key's row: the second waits until the first commits (and then
 * reads its answer) or rolls back (and then does the work itself).
 */
@Service
public class IdempotentRequests {

	/**
	 * An answer as it was sent: HTTP status and JSON body.
	 */
	public record Answer(int status, String body) {
	}

	private final JdbcClient jdbc;

	IdempotentRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param requestHash a digest of what was asked (method, path and body), to tell a retry from a misused key
	 * @throws IdempotencyKeyReusedException when the key came before with a different request
	 */
	@Transactional
	public Answer once(BankCode bankCode, String key, String requestHash, Supplier<Answer> work) {
		int claimed = jdbc
			.sql("insert into idempotent_request (bank_code, idempotency_key, request_hash) values (:bank, :key, :hash) "
					+ "on conflict (bank_code, idempotency_key) do nothing")
			.param("bank", bankCode.value())
			.param("key", key)
			.param("hash", requestHash)
			.update();
		if (claimed == 0) {
			return earlier(bankCode, key, requestHash);
		}
		Answer answer = work.get();
		jdbc.sql("update idempotent_request set response_status = :status, response_body = :body "
				+ "where bank_code = :bank and idempotency_key = :key")
			.param("status", answer.status())
			.param("body", answer.body())
			.param("bank", bankCode.value())
			.param("key", key)
			.update();
		return answer;
	}

	private Answer earlier(BankCode bankCode, String key, String requestHash) {
		record Stored(String hash, Integer status, String body) {
		}
		Optional<Stored> stored = jdbc
			.sql("select request_hash, response_status, response_body from idempotent_request "
					+ "where bank_code = :bank and idempotency_key = :key")
			.param("bank", bankCode.value())
			.param("key", key)
			.query((row, number) -> new Stored(row.getString(1), (Integer) row.getObject(2), row.getString(3)))
			.optional();
		if (stored.isEmpty() || !stored.get().hash().equals(requestHash) || stored.get().status() == null) {
			throw new IdempotencyKeyReusedException();
		}
		return new Answer(stored.get().status(), stored.get().body());
	}

}
