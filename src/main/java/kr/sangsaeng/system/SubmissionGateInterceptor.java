package kr.sangsaeng.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Passes submissions ({@code POST}s to the configured paths) through the {@link SubmissionGate}. Uploads of
 * files are left out: the waiting page could not send the files again.
 */
class SubmissionGateInterceptor implements HandlerInterceptor {

	private static final String ENTERED = SubmissionGateInterceptor.class.getName() + ".ENTERED";

	private final SubmissionGate gate;

	SubmissionGateInterceptor(SubmissionGate gate) {
		this.gate = gate;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!HttpMethod.POST.matches(request.getMethod()) || isUpload(request)
				|| request.getAttribute(ENTERED) != null) {
			return true;
		}
		if (!gate.enter()) {
			throw new ServiceBusyException();
		}
		request.setAttribute(ENTERED, Boolean.TRUE);
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (request.getAttribute(ENTERED) != null) {
			request.removeAttribute(ENTERED);
			gate.leave();
		}
	}

	private static boolean isUpload(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

}
