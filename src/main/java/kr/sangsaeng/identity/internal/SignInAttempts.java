package kr.sangsaeng.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells the {@link SignInThrottle} how each sign-in went: a wrong password or an unknown username counts against
 * the username and the address it came from; a successful sign-in clears the username.
 */
@Component
class SignInAttempts {

	private final SignInThrottle throttle;

	SignInAttempts(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	// At once, in the sign-in's thread: the next attempt must already find this one counted.
	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String address = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
		throttle.failed(event.getAuthentication().getName(), address);
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		throttle.succeeded(event.getAuthentication().getName());
	}

}
