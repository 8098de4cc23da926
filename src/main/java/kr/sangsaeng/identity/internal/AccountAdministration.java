package kr.sangsaeng.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import kr.sangsaeng.identity.AccountAccessChanged;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.identity.SessionEnded;
import kr.sangsaeng.identity.SignedInUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts, for administrators: find them, disable one (which also ends every session it has open, so that
 * whoever uses it is signed out at their next request) or enable it again.
 */
@Service
@Transactional(readOnly = true)
public class AccountAdministration {

	public static final int PAGE_SIZE = 100;

	private final UserAccountRepository accounts;

	private final OrganisationRepository organisations;

	private final SessionRegistry sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountAdministration(UserAccountRepository accounts, OrganisationRepository organisations, SessionRegistry sessions,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The first {@value #PAGE_SIZE} accounts whose username or name contains {@code text} (all when it is blank),
	 * staff before SMEs, by username.
	 */
	public List<AccountView> find(String text) {
		String query = (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)).replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return accounts.search(query, PageRequest.of(0, PAGE_SIZE)).stream().map(UserAccount::toView).toList();
	}

	/**
	 * The ministries, agencies, banks and funders staff work for, by name.
	 */
	public List<OrganisationRef> staffOrganisations() {
		return Stream.of(OrganisationKind.AGENCY, OrganisationKind.BANK, OrganisationKind.FUNDER,
				OrganisationKind.MINISTRY)
			.flatMap(kind -> organisations.findByKindOrderByNameKo(kind).stream())
			.map(Organisation::toRef)
			.toList();
	}

	public Optional<AccountView> find(long id) {
		return accounts.findById(id).map(UserAccount::toView);
	}

	/**
	 * The sessions an account has open now, most recently used first: those that disabling it would end.
	 */
	public List<OpenSession> openSessions(long id) {
		UserAccount account = existing(id);
		return sessions.getAllSessions(account.toSignedInUser(), false)
			.stream()
			.map(OpenSession::of)
			.sorted(Comparator.comparing(OpenSession::lastRequestAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	/**
	 * Disables an account and ends its open sessions, without a reason (as tests and scripts do).
	 */
	@Transactional
	public boolean disable(long id, SignedInUser administrator) {
		return disable(id, null, administrator);
	}

	/**
	 * Disables an account and ends its open sessions, each recorded as ended by the administrator.
	 *
	 * @param reason why, kept in the audit trail
	 * @return whether it was enabled until now
	 * @throws IllegalArgumentException when there is no such account, or it is the administrator's own
	 */
	@Transactional
	public boolean disable(long id, String reason, SignedInUser administrator) {
		UserAccount account = existing(id);
		if (account.id() == administrator.accountId()) {
			throw new IllegalArgumentException("Administrators do not disable their own account");
		}
		boolean wasEnabled = account.isEnabled();
		account.disable();
		List<SessionInformation> open = sessions.getAllSessions(account.toSignedInUser(), false);
		open.forEach(SessionInformation::expireNow);
		if (wasEnabled || !open.isEmpty()) {
			publish(account, open.size(), reason, administrator);
		}
		open.forEach(session -> events.publishEvent(new SessionEnded(account.id(), account.username(),
				SessionEnded.Cause.ACCOUNT_DISABLED, OpenSession.lastRequestOf(session), clock.instant())));
		return wasEnabled;
	}

	/**
	 * Enables an account again.
	 *
	 * @return whether it was disabled until now
	 */
	@Transactional
	public boolean enable(long id, SignedInUser administrator) {
		UserAccount account = existing(id);
		if (account.isEnabled()) {
			return false;
		}
		account.enable();
		publish(account, 0, null, administrator);
		return true;
	}

	private UserAccount existing(long id) {
		return accounts.findById(id).orElseThrow(() -> new IllegalArgumentException("No account " + id));
	}

	private void publish(UserAccount account, int sessionsEnded, String reason, SignedInUser administrator) {
		Instant now = clock.instant();
		events.publishEvent(new AccountAccessChanged(account.id(), account.username(), account.isEnabled(),
				sessionsEnded, reason, administrator.getUsername(), now));
	}

}
