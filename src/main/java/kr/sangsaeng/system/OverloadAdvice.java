package kr.sangsaeng.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A controller that found no room (no database connection in time) answers with
 * the waiting page or, for bank systems, a 503 problem; before any module's own error handling.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OverloadAdvice {

	static final String WAITING_VIEW = "system/busy";

	private static final Logger log = LoggerFactory.getLogger(OverloadAdvice.class);

	private final Overload overload;

	OverloadAdvice(Overload overload) {
		this.overload = overload;
	}

	@ExceptionHandler({ CannotCreateTransactionException.class,
			DataAccessResourceFailureException.class, org.hibernate.exception.JDBCConnectionException.class })
	ModelAndView noRoom(RuntimeException failure, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (!Overload.isDatabaseUnavailable(failure)) {
			throw failure;
		}
		log.warn("No room for {} {}: {}", request.getMethod(), request.getRequestURI(), failure.getMessage());
		if (Overload.isBankApi(request)) {
			overload.writeProblem(request, response);
			return null;
		}
		overload.retryAfter(response);
		return waitingPage(overload.waitingRoom(request));
	}

	static ModelAndView waitingPage(WaitingRoom room) {
		ModelAndView page = new ModelAndView(WAITING_VIEW, HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("busy", room);
		return page;
	}

}
