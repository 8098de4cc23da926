package kr.sangsaeng.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders the waiting page for {@link DatabaseUnavailableFilter}; opened directly it only leads home.
 */
@Controller
class WaitingPageController {

	private final Overload overload;

	WaitingPageController(Overload overload) {
		this.overload = overload;
	}

	@GetMapping(DatabaseUnavailableFilter.WAITING_PATH)
	ModelAndView waiting(HttpServletRequest request, HttpServletResponse response) {
		if (!(request.getAttribute(WaitingRoom.ATTRIBUTE) instanceof WaitingRoom room)) {
			return new ModelAndView("redirect:/");
		}
		overload.retryAfter(response, room.retryAfterSeconds());
		return OverloadAdvice.waitingPage(room);
	}

}
