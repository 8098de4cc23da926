package kr.sangsaeng.identity.internal;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

import kr.sangsaeng.identity.MailRecipient;
import kr.sangsaeng.identity.SignedInUser;

/**
 * Looks accounts up for sign-in and notes when each one last signed in.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final Clock clock;

	private final LocaleResolver languages;

	AccountDetailsService(UserAccountRepository accounts, Clock clock, LocaleResolver languages) {
		this.accounts = accounts;
		this.clock = clock;
		this.languages = languages;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username.strip())
			.map(UserAccount::toSignedInUser)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
	}

	// With the sign-in itself: the account page shows the last sign-in as soon as it happened, and mail is
	// written in the language the account signed in with.
	@EventListener
	@Transactional
	public void onSignIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
			accounts.signedIn(user.accountId(), clock.instant(), MailRecipient.languageOf(language()));
		}
	}

	private Locale language() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? languages.resolveLocale(request.getRequest()) : LocaleContextHolder.getLocale();
	}

}
