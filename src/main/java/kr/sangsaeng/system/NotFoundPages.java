package kr.sangsaeng.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Whatever a page asks for that does not exist, or that the asker may not see, answers the 404 page. Advice of
 * an API that answers in its own format comes first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class NotFoundPages {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		// an error rather than a bare status, so that the 404 page in the layout answers
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/**
	 * An address whose application id is not one names no application.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void unreadable(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response) throws Exception {
		if (!ApplicationId.class.equals(mismatch.getRequiredType())) {
			throw mismatch;
		}
		notFound(response);
	}

}
