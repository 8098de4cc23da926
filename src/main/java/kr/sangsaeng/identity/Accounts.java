package kr.sangsaeng.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kr.sangsaeng.identity.internal.Organisation;
import kr.sangsaeng.identity.internal.OrganisationRepository;
import kr.sangsaeng.identity.internal.UserAccount;
import kr.sangsaeng.identity.internal.UserAccountRepository;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.LocalizedName;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts and reads the organisations they belong to, for the modules that sign people up.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

	private final UserAccountRepository accounts;

	private final OrganisationRepository organisations;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Accounts(UserAccountRepository accounts, OrganisationRepository organisations, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, Clock clock, ApplicationEventPublisher events) {
		this.clock = clock;
		this.events = events;
		this.accounts = accounts;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
	}

	/**
	 * Whether an account signs in with this username (an SME's email address), ignoring case.
	 */
	public boolean isUsernameTaken(String username) {
		return accounts.existsByUsername(usernameOf(username));
	}

	/**
	 * Whether an SME has proved that this business registration number is its own. Unverified claims of the number do
	 * not count: they do not stop the real company from signing up.
	 */
	public boolean isRegistered(BusinessRegistrationNumber businessNumber) {
		return organisations.existsByCode(businessNumber.digits());
	}

	/**
	 * Whether an organisation has proved its business registration number; staff organisations always have.
	 */
	public Ownership ownership(long organisationId) {
		return organisations.findById(organisationId)
			.map(Organisation::verification)
			.orElseThrow(() -> new IllegalArgumentException("No organisation " + organisationId));
	}

	/**
	 * Makes an SME the verified owner of its business registration number: every other claim of the number is
	 * superseded, and {@link OwnershipProved} is announced. The claims of one number are locked first, so that of two verifications at once the second sees
	 * the first and is refused: a number has at most one verified owner.
	 * @throws OwnershipTakenException when another company owns the number already or this claim was superseded; it
	 * changes nothing, so the caller's transaction may go on (to record why the proof came to nothing)
	 */
	@Transactional(noRollbackFor = OwnershipTakenException.class)
	public OwnershipVerified verifyOwnership(long organisationId) {
		Organisation claimant = organisations.findById(organisationId)
			.filter(organisation -> organisation.toRef().kind() == OrganisationKind.SME)
			.orElseThrow(() -> new IllegalArgumentException("No SME organisation " + organisationId));
		List<Organisation> claims = organisations.lockClaimsOf(claimant.code());
		Organisation own = claims.stream()
			.filter(claim -> claim.id() == organisationId)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Claim not found " + organisationId));
		if (own.verification() == Ownership.VERIFIED) {
			return new OwnershipVerified(own.toRef(), List.of());
		}
		boolean ownedByAnother = claims.stream()
			.anyMatch(claim -> claim != own && claim.verification() == Ownership.VERIFIED);
		if (own.verification() == Ownership.SUPERSEDED || ownedByAnother) {
			throw new OwnershipTakenException();
		}
		List<OrganisationRef> superseded = new java.util.ArrayList<>();
		for (Organisation claim : claims) {
			if (claim != own && claim.verification() == Ownership.UNVERIFIED) {
				claim.superseded();
				superseded.add(claim.toRef());
			}
		}
		Instant now = clock.instant();
		own.verified(now);
		organisations.flush();
		events.publishEvent(new OwnershipProved(organisationId, own.code(),
				superseded.stream().map(OrganisationRef::id).toList(), now));
		return new OwnershipVerified(own.toRef(), superseded);
	}

	/**
	 * Locks the claims of the SME's business registration number, in the order {@link #verifyOwnership} locks them,
	 * until the caller's transaction ends, and tells whether the SME has proved the number: what the caller then does
	 * about the claim (take a certificate, confirm one) cannot cross a verification of the same number.
	 */
	@Transactional
	public Ownership lockClaim(long organisationId) {
		// the claims are loaded only under the lock, so that what they say is what the verification before us left
		String code = organisations.smeCodeOf(organisationId)
			.orElseThrow(() -> new IllegalArgumentException("No SME organisation " + organisationId));
		return organisations.lockClaimsOf(code)
			.stream()
			.filter(claim -> claim.id() == organisationId)
			.findFirst()
			.map(Organisation::verification)
			.orElseThrow(() -> new IllegalStateException("Claim not found " + organisationId));
	}

	public Optional<OrganisationRef> organisation(String code) {
		return organisations.findByCode(code).map(Organisation::toRef);
	}

	/**
	 * The account that signs in as {@code username}, without its password hash.
	 */
	public Optional<SignedInUser> account(String username) {
		return accounts.findByUsername(usernameOf(username)).map(UserAccount::toSignedInUser).map(user -> {
			user.eraseCredentials();
			return user;
		});
	}

	/**
	 * The names people go by for these usernames, in one query: each username that belongs to an account maps to
	 * the account's display name; usernames of no account are left out, so that a page can fall back to showing
	 * them as they are.
	 */
	public Map<String, String> displayNames(Collection<String> usernames) {
		Map<String, String> wanted = new HashMap<>();
		for (String username : usernames) {
			if (username != null && !username.isBlank()) {
				wanted.put(username, usernameOf(username));
			}
		}
		if (wanted.isEmpty()) {
			return Map.of();
		}
		Map<String, String> byUsername = new HashMap<>();
		for (UserAccountRepository.NameOfAccount found : accounts.findNamesByUsernames(Set.copyOf(wanted.values()))) {
			byUsername.put(usernameOf(found.getUsername()), found.getDisplayName());
		}
		Map<String, String> names = new HashMap<>();
		wanted.forEach((asGiven, username) -> {
			String name = byUsername.get(username);
			if (name != null && !name.isBlank()) {
				names.put(asGiven, name);
			}
		});
		return names;
	}

	/**
	 * The name {@code username} goes by, or the username itself when it belongs to no account.
	 */
	public String displayName(String username) {
		return username == null ? null : displayNames(List.of(username)).getOrDefault(username, username);
	}

	/**
	 * Whom mail for an organisation goes to: its enabled accounts that sign in with an address.
	 */
	public List<MailRecipient> mailRecipients(long organisationId) {
		return accounts.findMailableByOrganisation(organisationId).stream().map(UserAccount::toMailRecipient).toList();
	}

	/**
	 * The enabled accounts of an organisation, by name, without their password hashes: the colleagues a piece of
	 * work can be handed to.
	 */
	public List<SignedInUser> members(long organisationId) {
		return accounts.findEnabledByOrganisation(organisationId).stream().map(UserAccount::toSignedInUser).map(user -> {
			user.eraseCredentials();
			return user;
		}).toList();
	}

	/**
	 * Creates the SME's organisation (kind SME, its code the business registration number, {@link Ownership#UNVERIFIED}
	 * until it proves the number) and its
	 * {@link Role#SME_APPLICANT} account, whose username is the email address in lower case. Joins the caller's
	 * transaction, so that whatever else the caller saves for the new company is saved with it or not at all.
	 * @return the new account, ready to be signed in, without its password hash
	 * @throws AlreadyRegisteredException when a verified owner has the business number, or the email address is
	 * taken, also when
	 * another sign-up took it a moment earlier
	 * @throws IllegalArgumentException when the password breaks the {@link PasswordPolicy}
	 */
	@Transactional
	public SignedInUser openSmeAccount(NewSmeAccount request) {
		String username = usernameOf(request.email());
		if (!passwordPolicy.allows(request.password(), username)) {
			throw new IllegalArgumentException("The password breaks the password policy");
		}
		boolean businessNumberTaken = isRegistered(request.businessNumber());
		boolean emailTaken = accounts.existsByUsername(username);
		if (businessNumberTaken || emailTaken) {
			throw new AlreadyRegisteredException(businessNumberTaken, emailTaken);
		}
		LocalizedName name = request.companyName();
		Organisation organisation;
		try {
			organisation = organisations.saveAndFlush(
					Organisation.unverifiedSme(request.businessNumber().digits(), name.korean(), name.english()));
		}
		catch (DataIntegrityViolationException takenMeanwhile) {
			throw new AlreadyRegisteredException(true, false);
		}
		UserAccount account = new UserAccount(username, passwordEncoder.encode(request.password()),
				request.displayName(), Role.SME_APPLICANT, organisation, clock.instant());
		account.speaks(LocaleContextHolder.getLocale());
		try {
			account = accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException takenMeanwhile) {
			throw new AlreadyRegisteredException(false, true);
		}
		SignedInUser user = account.toSignedInUser();
		user.eraseCredentials();
		return user;
	}

	/**
	 * The organisation of an SME that has no account of its own yet (companies the demo data registers from partner
	 * lists), created verified when missing.
	 */
	@Transactional
	public OrganisationRef openSmeOrganisation(BusinessRegistrationNumber businessNumber, LocalizedName name) {
		return organisations.findByCode(businessNumber.digits())
			.orElseGet(() -> organisations.saveAndFlush(new Organisation(OrganisationKind.SME, businessNumber.digits(),
					name.korean(), name.english())))
			.toRef();
	}

	/**
	 * Gives an organisation a new name, as when an SME corrects its company name.
	 */
	@Transactional
	public void rename(long organisationId, LocalizedName name) {
		organisations.findById(organisationId)
			.orElseThrow(() -> new IllegalArgumentException("No organisation " + organisationId))
			.rename(name.korean(), name.english());
	}

	static String usernameOf(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

}
