package kr.sangsaeng.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.identity.BankApiTokenChanged;
import kr.sangsaeng.identity.BankApiTokenChanged.Change;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.OrganisationRef;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API tokens of the banks' systems, for administrators: list them, issue a bank a new one (its secret shown
 * once, then only its hash kept), revoke one.
 */
@Service
@Transactional(readOnly = true)
public class BankApiTokens {

	public static final int NAME_LIMIT = 100;

	private final BankApiTokenRepository tokens;

	private final OrganisationRepository organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BankApiTokens(BankApiTokenRepository tokens, OrganisationRepository organisations,
			ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Every token, the ones in use first, by bank and newest first.
	 */
	public List<BankApiTokenView> all() {
		return tokens.findAllWithBanks().stream().map(BankApiToken::toView).toList();
	}

	public Optional<BankApiTokenView> find(long id) {
		return tokens.findWithBank(id).map(BankApiToken::toView);
	}

	/**
	 * The banks a token can be issued to, by Korean name.
	 */
	public List<OrganisationRef> banks() {
		return organisations.findByKindOrderByNameKo(OrganisationKind.BANK).stream().map(Organisation::toRef).toList();
	}

	/**
	 * Whether a token named {@code name} may be issued: between 1 and {@value #NAME_LIMIT} characters once
	 * stripped, none of them invisible control characters.
	 */
	public static boolean isAcceptableName(String name) {
		String stripped = name == null ? "" : name.strip();
		return !stripped.isEmpty() && stripped.codePointCount(0, stripped.length()) <= NAME_LIMIT
				&& stripped.codePoints().noneMatch(Character::isISOControl);
	}

	/**
	 * Issues the bank {@code bankCode} a new token called {@code name}.
	 * @return the token with its secret, which is not kept and cannot be shown again
	 * @throws IllegalArgumentException when {@code bankCode} is not a bank's or the name is not
	 * {@linkplain #isAcceptableName acceptable}
	 */
	@Transactional
	public IssuedBankApiToken issue(String bankCode, String name, String actor) {
		Organisation bank = organisations.findByCode(bankCode == null ? "" : bankCode)
			.filter(organisation -> organisation.kind() == OrganisationKind.BANK)
			.orElseThrow(() -> new IllegalArgumentException("No bank " + bankCode));
		if (!isAcceptableName(name)) {
			throw new IllegalArgumentException("Not a name for a token: " + name);
		}
		Secret secret = Secret.generate();
		Instant now = clock.instant();
		BankApiToken token = tokens.save(new BankApiToken(bank, name.strip(), secret, actor, now));
		publish(token, Change.CREATED, actor, now);
		return new IssuedBankApiToken(token.toView(), secret.value());
	}

	/**
	 * Revokes a token: from now on requests presenting it are refused.
	 * @return whether it was in use until now ({@code false} when it had been revoked already)
	 * @throws IllegalArgumentException when there is no such token
	 */
	@Transactional
	public boolean revoke(long id, String actor) {
		BankApiToken token = tokens.findWithBank(id)
			.orElseThrow(() -> new IllegalArgumentException("No API token " + id));
		if (token.isRevoked()) {
			return false;
		}
		Instant now = clock.instant();
		token.revoke(actor, now);
		publish(token, Change.REVOKED, actor, now);
		return true;
	}

	private void publish(BankApiToken token, Change change, String actor, Instant at) {
		events.publishEvent(new BankApiTokenChanged(token.id(), token.organisation().code(), token.name(),
				token.prefix(), change, actor, at));
	}

}
