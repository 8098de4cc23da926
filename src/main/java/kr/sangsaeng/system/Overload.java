package kr.sangsaeng.system;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * How the application answers when it has no room for a request now: too many submissions in flight, or no
 * database connection within the pool's timeout. People get a waiting page (503, {@code Retry-After}) that sends
 * what they typed again by itself; bank systems get a 503 problem document with {@code Retry-After}.
 */
@Component
class Overload {

	static final String BANK_API = "/api/";

	private final OverloadProperties properties;

	private final JsonMapper json;

	Overload(OverloadProperties properties, JsonMapper json) {
		this.properties = properties;
		this.json = json;
	}

	/**
	 * Whether {@code failure} means the database could not be reached in time (pool exhausted, connection refused),
	 * as opposed to a fault of the request.
	 */
	static boolean isDatabaseUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof org.hibernate.exception.JDBCConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

	static boolean isBankApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + BANK_API);
	}

	long retryAfterSeconds() {
		return properties.retryAfterSeconds();
	}

	WaitingRoom waitingRoom(HttpServletRequest request) {
		return WaitingRoom.of(request, retryAfterSeconds());
	}

	void retryAfter(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds()));
	}

	/**
	 * Answers a bank system: 503 {@code application/problem+json} with {@code Retry-After}.
	 */
	void writeProblem(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "https://sangsaeng.kr/problems/busy");
		problem.put("title", "Try again shortly");
		problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		problem.put("detail", "The service has as much work in hand as it takes on at once. Nothing was recorded: "
				+ "send the same request with the same Idempotency-Key again after " + retryAfterSeconds()
				+ " seconds.");
		problem.put("instance", request.getRequestURI());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		retryAfter(response);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json.writeValueAsBytes(problem));
	}

}
