package kr.sangsaeng.shared;

import java.io.Serializable;
import java.util.Locale;

/**
 * A name kept in Korean and in English.
 */
public record LocalizedName(String korean, String english) implements Serializable {

	public String in(Locale locale) {
		return locale != null && "ko".equals(locale.getLanguage()) ? korean : english;
	}

}
