package kr.sangsaeng.system;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error a browser receives is a page in the layout that says, in the reader's language, what happened
 * and where to go next; never a stack trace.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	static final String ERROR_VIEW = "error";

	private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 413, 429, 503);

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> page = new HashMap<>(model);
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			// asked for /error itself: nothing went wrong, there is just no such page
			status = HttpStatus.NOT_FOUND;
			page.put("status", status.value());
			page.put("error", status.getReasonPhrase());
		}
		page.put("messagePrefix", request.getAttribute(OversizedFormGuard.TOO_LARGE_FORM) != null ? "error.413.form"
				: messagePrefix(status));
		return new ModelAndView(ERROR_VIEW, page, status);
	}

	static String messagePrefix(HttpStatus status) {
		if (EXPLAINED.contains(status.value())) {
			return "error." + status.value();
		}
		return status.is5xxServerError() ? "error.5xx" : "error.4xx";
	}

}
