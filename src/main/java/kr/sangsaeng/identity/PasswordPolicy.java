package kr.sangsaeng.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * What a new password must be, after OWASP ASVS level 2 (V2.1): at least {@value #MINIMUM_LENGTH} characters
 * (runs of blanks count as one), at most {@value #MAXIMUM_LENGTH}, not one of the passwords people use most,
 * and not made of the account's own name. Any character may be used; no mix of letters, digits and symbols is
 * required. {@link #violations} names each rule a password breaks by its message key.
 */
@Component
public class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 12;

	public static final int MAXIMUM_LENGTH = 64;

	/** BCrypt reads no further than 72 bytes, and Korean letters take three bytes each in UTF-8. */
	static final int MAXIMUM_BYTES = 72;

	public static final String TOO_SHORT = "password.invalid.too-short";

	public static final String TOO_LONG = "password.invalid.too-long";

	public static final String COMMON = "password.invalid.common";

	public static final String CONTAINS_USERNAME = "password.invalid.contains-username";

	public static final String UNPRINTABLE = "password.invalid.unprintable";

	static final String COMMON_PASSWORDS = "identity/common-passwords.txt";

	/** Shorter names (such as {@code ab@example.com}) appear in too many good passwords to be refused. */
	private static final int SHORTEST_NAME_REFUSED = 3;

	private static final Pattern BLANKS = Pattern.compile("\\s+");

	private final Set<String> commonPasswords;

	public PasswordPolicy() {
		this(readCommonPasswords());
	}

	PasswordPolicy(Set<String> commonPasswords) {
		this.commonPasswords = commonPasswords.stream().map(PasswordPolicy::folded).collect(HashSet::new,
				Set::add, Set::addAll);
	}

	/**
	 * The message keys of the rules {@code password} breaks for the account {@code username} (for SMEs their
	 * email address); empty when the password may be used.
	 */
	public List<String> violations(String password, String username) {
		List<String> broken = new ArrayList<>();
		String candidate = password == null ? "" : password;
		if (candidate.codePoints().anyMatch(PasswordPolicy::isUnprintable)) {
			broken.add(UNPRINTABLE);
		}
		String blanksJoined = BLANKS.matcher(candidate).replaceAll(" ");
		if (blanksJoined.codePointCount(0, blanksJoined.length()) < MINIMUM_LENGTH) {
			broken.add(TOO_SHORT);
		}
		if (candidate.codePointCount(0, candidate.length()) > MAXIMUM_LENGTH
				|| candidate.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
			broken.add(TOO_LONG);
		}
		if (commonPasswords.contains(folded(candidate))) {
			broken.add(COMMON);
		}
		String name = accountName(username);
		if (name.length() >= SHORTEST_NAME_REFUSED && folded(candidate).contains(name)) {
			broken.add(CONTAINS_USERNAME);
		}
		return List.copyOf(broken);
	}

	public boolean allows(String password, String username) {
		return violations(password, username).isEmpty();
	}

	boolean isCommon(String password) {
		return commonPasswords.contains(folded(password));
	}

	/**
	 * The part of a username that names a person or company: the local part of an email address, or the whole
	 * username.
	 */
	private static String accountName(String username) {
		if (username == null) {
			return "";
		}
		String name = username.strip();
		int at = name.lastIndexOf('@');
		return folded(at >= 0 ? name.substring(0, at) : name);
	}

	private static String folded(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	private static boolean isUnprintable(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
				|| type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
	}

	private static Set<String> readCommonPasswords() {
		Set<String> passwords = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException("The list of common passwords " + COMMON_PASSWORDS + " is missing");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					passwords.add(line);
				}
			}
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return passwords;
	}

}
