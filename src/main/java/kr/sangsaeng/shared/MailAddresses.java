package kr.sangsaeng.shared;

import java.util.regex.Pattern;

/**
 * What passes for a mail address wherever one is typed: sign-up, staff invitations, password reset requests.
 */
public final class MailAddresses {

	public static final int MAXIMUM_LENGTH = 254;

	/** An address a mail server delivers to: a local part, an at sign and a domain with at least one dot. */
	private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
			+ "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	private MailAddresses() {
	}

	public static boolean isWellFormed(String address) {
		return address != null && address.length() <= MAXIMUM_LENGTH && ADDRESS.matcher(address).matches();
	}

}
