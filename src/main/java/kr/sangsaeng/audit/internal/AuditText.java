package kr.sangsaeng.audit.internal;

/**
 * Text as the trail stores it: without control characters (PostgreSQL refuses NUL), without broken surrogate
 * pairs and no longer than a column allows, counted in characters as PostgreSQL counts them.
 */
final class AuditText {

	static final String ELLIPSIS = "…";

	private AuditText() {
	}

	/**
	 * One line: every control character becomes a space.
	 */
	static String line(String text, int limit) {
		return text == null ? null : truncate(clean(head(text, limit), false), limit);
	}

	/**
	 * Free text such as a reason: line breaks and tabs stay, other control characters go.
	 */
	static String text(String text, int limit) {
		return text == null ? null : truncate(clean(head(text, limit), true), limit);
	}

	/**
	 * Enough of a possibly huge text to fill {@code limit} characters, even if each is a surrogate pair.
	 */
	private static String head(String text, int limit) {
		int enough = 2 * limit + 2;
		return text.length() <= enough ? text : text.substring(0, enough);
	}

	private static String clean(String text, boolean keepLineBreaks) {
		StringBuilder cleaned = new StringBuilder(Math.min(text.length(), 1024));
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				cleaned.append(c).append(text.charAt(++i));
			}
			else if (Character.isSurrogate(c)) {
				cleaned.append('\uFFFD');
			}
			else if (keepLineBreaks && (c == '\n' || c == '\r' || c == '\t')) {
				cleaned.append(c);
			}
			else if (Character.isISOControl(c)) {
				if (c != 0) {
					cleaned.append(keepLineBreaks ? "" : " ");
				}
			}
			else {
				cleaned.append(c);
			}
		}
		return cleaned.toString();
	}

	private static String truncate(String text, int limit) {
		if (text.codePointCount(0, text.length()) <= limit) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, limit - 1)) + ELLIPSIS;
	}

}
