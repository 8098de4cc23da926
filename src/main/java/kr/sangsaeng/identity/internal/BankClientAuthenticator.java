package kr.sangsaeng.identity.internal;

import java.time.Clock;
import java.time.Duration;

import kr.sangsaeng.identity.BankClient;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.internal.InvalidBankTokenException.Reason;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells which bank system presented an API token.
 */
@Service
class BankClientAuthenticator {

	/** How precisely a token's last use is kept: it is written at most once in this time. */
	static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private final BankApiTokenRepository tokens;

	private final Clock clock;

	BankClientAuthenticator(BankApiTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * The bank system whose token {@code presented} is. The token is found by its hash: comparing hashes in the
	 * database tells a timing observer nothing about any token, so no constant-time comparison is needed.
	 * @throws InvalidBankTokenException when no bank has this token, or it was revoked
	 */
	@Transactional
	public BankClient authenticate(String presented) {
		BankApiToken token = tokens.findByHash(new Secret(presented).hash())
			.filter(found -> found.organisation().kind() == OrganisationKind.BANK)
			.orElseThrow(() -> new InvalidBankTokenException(Reason.UNKNOWN));
		if (token.isRevoked()) {
			throw new InvalidBankTokenException(Reason.REVOKED);
		}
		token.used(clock.instant(), LAST_USE_PRECISION);
		return token.toClient();
	}

}
