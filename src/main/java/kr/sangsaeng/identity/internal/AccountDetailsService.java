package kr.sangsaeng.identity.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.sangsaeng.identity.SignedInUser;

/**
 * Looks accounts up for sign-in and notes when each one last signed in.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final Clock clock;

	AccountDetailsService(UserAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username.strip())
			.map(UserAccount::toSignedInUser)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
	}

	// With the sign-in itself: the account page shows the last sign-in as soon as it happened.
	@EventListener
	@Transactional
	public void onSignIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
			accounts.signedIn(user.accountId(), clock.instant());
		}
	}

}
