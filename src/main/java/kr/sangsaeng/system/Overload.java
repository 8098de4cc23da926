package kr.sangsaeng.system;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * How the application answers when it has no room for a request now: too many submissions in flight, no
 * database connection within the pool's timeout, or a database that went away while the request used it. People get a waiting page (503, {@code Retry-After}) that sends
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
	 * Whether {@code failure} means the database could not be reached in time (pool exhausted, connection refused)
	 * or went away while the request used it (connection cut, server shutting down or restarting), as opposed to a
	 * fault of the request. A transaction whose connection was cut rolls back, so nothing of the request was kept.
	 * Exceptions that a failed rollback added to the first failure are looked through as well.
	 */
	static boolean isDatabaseUnavailable(Throwable failure) {
		return isDatabaseUnavailable(failure, false, Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	private static boolean isDatabaseUnavailable(Throwable failure, boolean fromDatabase, Set<Throwable> seen) {
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof org.hibernate.exception.JDBCConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionLost(sql.getSQLState())) {
				return true;
			}
			if (isEndOfTransactionWithoutConnection(cause)) {
				return true;
			}
			fromDatabase |= cause instanceof SQLException || cause instanceof DataAccessException
					|| cause instanceof org.hibernate.HibernateException;
			if (fromDatabase && (cause instanceof SocketException || cause instanceof EOFException)) {
				return true;
			}
			for (Throwable suppressed : cause.getSuppressed()) {
				if (isDatabaseUnavailable(suppressed, fromDatabase, seen)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A transaction that could not be rolled back or committed because its connection was already closed: the pool
	 * closes a connection it saw break, and the driver's exception then carries no SQLSTATE. The first failure, which
	 * said why, is lost on the way (the rollback's exception replaces it).
	 */
	private static boolean isEndOfTransactionWithoutConnection(Throwable cause) {
		return (cause instanceof org.hibernate.TransactionException || cause instanceof TransactionSystemException)
				&& cause.getCause() instanceof SQLException sql && sql.getSQLState() == null;
	}

	/**
	 * SQLSTATE class 08 (connection exception) and 57P01–57P03: the server was shut down, crashed, or is starting or
	 * stopping, or an administrator ended the connection.
	 */
	private static boolean isConnectionLost(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P"));
	}

	static boolean isBankApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + BANK_API);
	}

	long retryAfterSeconds() {
		return properties.retryAfterSeconds();
	}

	WaitingRoom waitingRoom(HttpServletRequest request) {
		return waitingRoom(request, false);
	}

	/**
	 * @param signedIn whether the page offers to sign out, for a visitor whose session it has not read
	 */
	WaitingRoom waitingRoom(HttpServletRequest request, boolean signedIn) {
		return WaitingRoom.of(request, retryAfterSeconds(), signedIn);
	}

	void retryAfter(HttpServletResponse response) {
		retryAfter(response, retryAfterSeconds());
	}

	void retryAfter(HttpServletResponse response, long seconds) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
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
