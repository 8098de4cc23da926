package kr.sangsaeng.audit.internal;

import jakarta.servlet.http.HttpServletRequest;

import kr.sangsaeng.system.ClientAddresses;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a request came from as the trail records it: the client's address, determined as everywhere else, and its
 * user agent, shortened and cleaned.
 */
@Component
class RequestOrigins {

	static final int USER_AGENT_LIMIT = 256;

	private final ClientAddresses addresses;

	RequestOrigins(ClientAddresses addresses) {
		this.addresses = addresses;
	}

	/**
	 * Where the current thread's request came from, or {@link Origin#NONE} outside requests.
	 */
	Origin current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return originOf(attributes.getRequest());
		}
		return Origin.NONE;
	}

	Origin originOf(HttpServletRequest request) {
		return new Origin(addresses.of(request), AuditText.line(request.getHeader("User-Agent"), USER_AGENT_LIMIT));
	}

}
