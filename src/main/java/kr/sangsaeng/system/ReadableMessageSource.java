package kr.sangsaeng.system;

import java.time.Instant;
import java.util.Locale;

import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Message bundles whose arguments read naturally: an amount of won in the reader's words
 * ({@code 1조 3,000억 원} / {@code ₩1.3 trillion}), a moment in Korea Standard Time.
 */
class ReadableMessageSource extends ResourceBundleMessageSource {

	private final SeoulTime seoulTime = new SeoulTime();

	@Override
	protected Object[] resolveArguments(Object[] args, Locale locale) {
		Object[] resolved = super.resolveArguments(args, locale);
		for (int i = 0; i < resolved.length; i++) {
			if (resolved[i] instanceof Won amount) {
				resolved[i] = amount.inWords(locale);
			}
			else if (resolved[i] instanceof Instant moment) {
				resolved[i] = seoulTime.format(moment);
			}
		}
		return resolved;
	}

}
