package kr.sangsaeng.system;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body that cannot be read (cut short, without its boundary, parts that never end) is the sender's
 * mistake: people get the 400 page in the layout, bank systems a problem document. It fails before any controller
 * is chosen, so no controller's own error handling sees it. A form field whose name no form can take (a list index
 * far beyond any row the page offers) is refused the same way.
 */
@ControllerAdvice
class UnreadableBodies {

	@ExceptionHandler({ MultipartException.class, InvalidPropertyException.class })
	ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return null;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The body could not be read as a multipart form. Send the body as application/json.");
		problem.setType(URI.create("https://sangsaeng.kr/problems/invalid-request"));
		problem.setTitle("The request is not in the expected form");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
