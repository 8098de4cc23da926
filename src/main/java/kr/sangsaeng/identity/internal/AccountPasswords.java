package kr.sangsaeng.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import kr.sangsaeng.identity.AccountLinkMailed;
import kr.sangsaeng.identity.FieldProblem;
import kr.sangsaeng.identity.NewStaffAccount;
import kr.sangsaeng.identity.PasswordChanged;
import kr.sangsaeng.identity.SessionEnded;
import kr.sangsaeng.identity.PasswordPolicy;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.identity.internal.AccountTokens.Issued;
import kr.sangsaeng.identity.internal.AccountTokens.Purpose;
import kr.sangsaeng.shared.MailAddresses;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords people choose themselves: changed when signed in (the current one required), reset through a link
 * mailed to the account's address when forgotten, and chosen for the first time by staff an administrator invited.
 * Choosing a password ends the account's other sessions. Asking for a reset says nothing about whether an account
 * uses the address, and is limited per account and per client address.
 */
@Service
@Transactional
public class AccountPasswords {

	static final Duration RESET_LINK_LIFETIME = Duration.ofMinutes(30);

	static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

	/** Reset links mailed to one account in an hour, at most. */
	static final int RESETS_PER_ACCOUNT_PER_HOUR = 3;

	/** Reset requests from one client address in a quarter of an hour, at most. */
	static final int RESET_REQUESTS_PER_ADDRESS = 10;

	static final Duration RESET_REQUEST_WINDOW = Duration.ofMinutes(15);

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

	private static final Pattern ORGANISATION_CODE = Pattern.compile("[A-Z0-9-]{1,40}");

	/** What an invited account's password is until its holder chooses one: the hash of a secret nobody keeps. */
	private static final String SELF_SERVICE = "self";

	private final UserAccountRepository accounts;

	private final OrganisationRepository organisations;

	private final AccountTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final SessionRegistry sessions;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountPasswords(UserAccountRepository accounts, OrganisationRepository organisations, AccountTokens tokens,
			PasswordEncoder passwordEncoder, PasswordPolicy policy, SessionRegistry sessions,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.sessions = sessions;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Changes the signed-in person's password and ends every other session of the account.
	 *
	 * @param keptSession the id of the session the change was made in, which stays signed in
	 * @return why the change was refused, by field; empty when it was made
	 */
	public List<FieldProblem> change(SignedInUser user, String current, String chosen, String keptSession) {
		UserAccount account = existing(user.accountId());
		if (current == null || !passwordEncoder.matches(current, account.passwordHash())) {
			return List.of(new FieldProblem("currentPassword", "password.change.wrongCurrent"));
		}
		List<FieldProblem> problems = policyProblems(chosen, account);
		if (problems.isEmpty() && chosen.equals(current)) {
			problems = List.of(new FieldProblem("password", "password.change.same"));
		}
		if (problems.isEmpty()) {
			choose(account, chosen, PasswordChanged.How.CHANGED, keptSession);
		}
		return problems;
	}

	/**
	 * What became of a request for a reset link: asked for (the mail is on its way if an account uses the address,
	 * is enabled and has had fewer than {@value #RESETS_PER_ACCOUNT_PER_HOUR} links in the last hour, which the answer
	 * does not tell), refused as no mail address, or refused because the client address has asked too often lately.
	 */
	public enum ResetRequest {

		ASKED, NOT_AN_ADDRESS, TOO_MANY

	}

	public ResetRequest requestReset(String email, String clientAddress) {
		String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		if (!MailAddresses.isWellFormed(normalised)) {
			return ResetRequest.NOT_AN_ADDRESS;
		}
		Instant now = clock.instant();
		String address = clientAddress == null ? "unknown" : clientAddress;
		int recent = jdbc
			.sql("select count(*) from password_reset_request where client_address = :address and requested_at > :since")
			.param("address", address)
			.param("since", Timestamp.from(now.minus(RESET_REQUEST_WINDOW)))
			.query(Integer.class)
			.single();
		if (recent >= RESET_REQUESTS_PER_ADDRESS) {
			return ResetRequest.TOO_MANY;
		}
		jdbc.sql("insert into password_reset_request (client_address, requested_at) values (:address, :now)")
			.param("address", address)
			.param("now", Timestamp.from(now))
			.update();
		accounts.findByEmail(normalised)
			.filter(UserAccount::isEnabled)
			.filter(account -> tokens.issuedSince(account.id(), Purpose.PASSWORD_RESET,
					now.minus(Duration.ofHours(1))) < RESETS_PER_ACCOUNT_PER_HOUR)
			.ifPresent(account -> mailLink(account, Purpose.PASSWORD_RESET, account.username()));
		return ResetRequest.ASKED;
	}

	/**
	 * An administrator has a reset link mailed to an account's address.
	 *
	 * @return whether the account has an address to mail it to
	 */
	public boolean mailReset(long accountId, SignedInUser administrator) {
		UserAccount account = existing(accountId);
		if (account.email() == null) {
			return false;
		}
		mailLink(account, Purpose.PASSWORD_RESET, administrator.getUsername());
		return true;
	}

	/**
	 * The username of the account a mailed link still opens.
	 */
	@Transactional(readOnly = true)
	public Optional<String> linkHolder(String secret, boolean invitation) {
		return tokens.holder(secret, purpose(invitation)).flatMap(accounts::findById).map(UserAccount::username);
	}

	/**
	 * Chooses the password of the account a mailed link opens, and uses the link up.
	 *
	 * @return why it was refused; {@code password.link.invalid} when the link is used, expired or unknown
	 */
	public List<FieldProblem> chooseWithLink(String secret, boolean invitation, String chosen) {
		Optional<UserAccount> holder = tokens.holder(secret, purpose(invitation)).flatMap(accounts::findById);
		if (holder.isEmpty()) {
			return List.of(new FieldProblem(null, "password.link.invalid"));
		}
		List<FieldProblem> problems = policyProblems(chosen, holder.get());
		if (!problems.isEmpty()) {
			return problems;
		}
		Optional<Long> used = tokens.use(secret, purpose(invitation));
		if (used.isEmpty()) {
			return List.of(new FieldProblem(null, "password.link.invalid"));
		}
		choose(holder.get(), chosen,
				invitation ? PasswordChanged.How.INVITATION_ACCEPTED : PasswordChanged.How.RESET, null);
		return List.of();
	}

	/**
	 * Opens a staff account and mails its holder the link to choose a password.
	 *
	 * @return why the invitation was refused, by field; empty when it was sent
	 */
	public List<FieldProblem> invite(NewStaffAccount invitee, SignedInUser administrator) {
		List<FieldProblem> problems = new ArrayList<>();
		String username = invitee.username() == null ? "" : invitee.username().strip().toLowerCase(Locale.ROOT);
		String email = invitee.email() == null ? "" : invitee.email().strip().toLowerCase(Locale.ROOT);
		String name = invitee.displayName() == null ? "" : invitee.displayName().strip();
		if (!USERNAME.matcher(username).matches()) {
			problems.add(new FieldProblem("username", "account.invite.username.invalid"));
		}
		else if (accounts.existsByUsername(username)) {
			problems.add(new FieldProblem("username", "account.invite.username.taken"));
		}
		if (name.isEmpty() || name.length() > 100 || name.codePoints().anyMatch(Character::isISOControl)) {
			problems.add(new FieldProblem("displayName", "account.invite.name.invalid"));
		}
		if (!MailAddresses.isWellFormed(email)) {
			problems.add(new FieldProblem("email", "account.invite.email.invalid"));
		}
		else if (accounts.findByEmail(email).isPresent()) {
			problems.add(new FieldProblem("email", "account.invite.email.taken"));
		}
		Role role = invitee.role();
		if (role == null || role == Role.SME_APPLICANT) {
			problems.add(new FieldProblem("role", "account.invite.role.invalid"));
		}
		String code = invitee.organisationCode() == null ? "" : invitee.organisationCode();
		Optional<Organisation> organisation = ORGANISATION_CODE.matcher(code).matches() ? organisations.findByCode(code)
				: Optional.empty();
		if (organisation.isEmpty()) {
			problems.add(new FieldProblem("organisationCode", "account.invite.organisation.invalid"));
		}
		else if (role != null && role != Role.SME_APPLICANT
				&& organisation.get().toRef().kind() != role.organisationKind()) {
			problems.add(new FieldProblem("organisationCode", "account.invite.organisation.mismatch"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		UserAccount account = new UserAccount(username, passwordEncoder.encode(Secret.generate(SELF_SERVICE).value()),
				name, role, organisation.get(), clock.instant());
		account.receivesMailAt(email);
		accounts.saveAndFlush(account);
		mailLink(account, Purpose.INVITATION, administrator.getUsername());
		return List.of();
	}

	private void mailLink(UserAccount account, Purpose purpose, String actor) {
		tokens.closeOpen(account.id(), purpose);
		Issued issued = tokens.issue(account.id(), purpose,
				purpose == Purpose.INVITATION ? INVITATION_LIFETIME : RESET_LINK_LIFETIME);
		events.publishEvent(new AccountLinkMailed(account.id(), account.username(), purpose == Purpose.INVITATION,
				account.toMailRecipient(), issued.secret().value(), issued.expiresAt(), actor, clock.instant()));
	}

	private void choose(UserAccount account, String chosen, PasswordChanged.How how, String keptSession) {
		account.choosePassword(passwordEncoder.encode(chosen));
		List<SessionInformation> others = sessions.getAllSessions(account.toSignedInUser(), false)
			.stream()
			.filter(session -> !session.getSessionId().equals(keptSession))
			.toList();
		others.forEach(SessionInformation::expireNow);
		events.publishEvent(new PasswordChanged(account.id(), account.username(), how, others.size(), clock.instant()));
		others.forEach(session -> events.publishEvent(new SessionEnded(account.id(), account.username(),
				SessionEnded.Cause.PASSWORD_CHANGED, OpenSession.lastRequestOf(session), clock.instant())));
	}

	private List<FieldProblem> policyProblems(String chosen, UserAccount account) {
		return policy.violations(chosen, account.username())
			.stream()
			.map(key -> new FieldProblem("password", key))
			.toList();
	}

	private UserAccount existing(long id) {
		return accounts.findById(id).orElseThrow(() -> new IllegalArgumentException("No account " + id));
	}

	private static Purpose purpose(boolean invitation) {
		return invitation ? Purpose.INVITATION : Purpose.PASSWORD_RESET;
	}

}
