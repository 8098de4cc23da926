package kr.sangsaeng.shared;

import java.util.Locale;

/**
 * A name kept in Korean and in English.
 */
public record LocalizedName(String korean, String english) {

	public String in(Locale locale) {
		return locale != null && "ko".equals(locale.getLanguage()) ? korean : english;
	}

}
