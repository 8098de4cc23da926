package kr.sangsaeng.identity.internal;

import kr.sangsaeng.system.ClientAddresses;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Tells the {@link SignInThrottle} how each sign-in went: a wrong password or an unknown username counts against
 * the username and the address it came from (the client's, past trusted proxies); a successful sign-in clears the
 * username.
 */
@Component
class SignInAttempts {

	private final SignInThrottle throttle;

	private final ClientAddresses addresses;

	SignInAttempts(SignInThrottle throttle, ClientAddresses addresses) {
		this.throttle = throttle;
		this.addresses = addresses;
	}

	// At once, in the sign-in's thread: the next attempt must already find this one counted.
	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		throttle.failed(event.getAuthentication().getName(), addresses.current());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		throttle.succeeded(event.getAuthentication().getName());
	}

}
