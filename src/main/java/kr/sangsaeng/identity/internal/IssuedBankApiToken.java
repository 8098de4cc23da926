package kr.sangsaeng.identity.internal;

import java.io.Serializable;

/**
 * A token just issued, with its secret: the only time anyone sees the secret.
 */
public record IssuedBankApiToken(BankApiTokenView token, String secret) implements Serializable {

	@Override
	public String toString() {
		return "IssuedBankApiToken[" + token.id() + ", " + token.prefix() + "…]";
	}

}
