package kr.sangsaeng.identity;

import java.util.Locale;

/**
 * Someone mail can be sent to: the address, the name to greet and the language to write in.
 */
public record MailRecipient(String address, String name, Locale language) {

	/**
	 * {@code en} for English, {@code ko} for everything else: the two languages Sangsaeng writes in.
	 */
	public static String languageOf(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? "en" : "ko";
	}

}
