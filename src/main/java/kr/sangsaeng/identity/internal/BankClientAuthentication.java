package kr.sangsaeng.identity.internal;

import java.util.List;

import kr.sangsaeng.identity.BankClient;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request to the bank API authenticated by its bearer token. The token itself is not kept.
 */
final class BankClientAuthentication extends AbstractAuthenticationToken {

	private final BankClient client;

	BankClientAuthentication(BankClient client) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + BankClient.ROLE)));
		this.client = client;
		setAuthenticated(true);
	}

	@Override
	public BankClient getPrincipal() {
		return client;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

}
