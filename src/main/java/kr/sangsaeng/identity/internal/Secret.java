package kr.sangsaeng.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A secret as its holder presents it: a bank system's API token, or the key of a link sent by mail. Issued secrets
 * read a prefix ({@code ssg_} for API tokens) and 43 URL-safe characters (32 random bytes); only their hash is kept.
 */
record Secret(String value) {

	static final String ISSUED_PREFIX = "ssg_";

	static final int RANDOM_BYTES = 32;

	/** How many of the token's first characters administrators see to recognise it. */
	static final int PREFIX_LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	Secret {
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException("A secret cannot be empty");
		}
	}

	static Secret generate() {
		return generate(ISSUED_PREFIX);
	}

	static Secret generate(String prefix) {
		byte[] bytes = new byte[RANDOM_BYTES];
		RANDOM.nextBytes(bytes);
		return new Secret(prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/**
	 * The SHA-256 hash of the token in lower-case hex, the only form in which it is stored.
	 */
	String hash() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException("Every Java runtime has SHA-256", missing);
		}
	}

	String prefix() {
		return value.substring(0, Math.min(PREFIX_LENGTH, value.length()));
	}

	@Override
	public String toString() {
		return "Secret[" + prefix() + "…]";
	}

}
