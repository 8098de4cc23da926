package kr.sangsaeng.audit.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import kr.sangsaeng.audit.AuditEntry;
import kr.sangsaeng.audit.web.AuditEntryView.DetailLine;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts entries in the reader's words. Details are read generically, whatever module recorded them: a value
 * {@code {"from": a, "to": b}} (or {@code before}/{@code after}) reads "a → b"; amounts under keys ending in
 * {@code Won} read in won; times under keys ending in {@code At} read in Korea Standard Time; codes such as
 * {@code OPEN} read as their name where {@code audit.value.FAMILY.CODE} (the family being the action's first word,
 * as in {@code application}) or {@code audit.value.CODE} gives one; keys read as {@code audit.detail.KEY} where it
 * exists.
 */
@Component
class AuditEntryPresenter {

	static final String CHANGE = " → ";

	static final String NONE = "—";

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

	private static final List<String> FIRST_KEYS = List.of("status", "capacityWon", "committedWon", "disbursedWon",
			"amountWon", "applicationId", "reason", "method", "required");

	private final MessageSource messages;

	AuditEntryPresenter(MessageSource messages) {
		this.messages = messages;
	}

	AuditEntryView present(AuditEntry entry, Locale locale) {
		return new AuditEntryView(entry, SECONDS.format(entry.occurredAt().atZone(SeoulTime.ZONE)),
				message("audit.action." + entry.action(), entry.action(), locale),
				entry.role() == null ? null : message("role." + entry.role(), entry.role(), locale),
				lines(entry.details(), family(entry.action()), locale));
	}

	List<DetailLine> lines(Map<String, Object> details, Locale locale) {
		return lines(details, "", locale);
	}

	List<DetailLine> lines(Map<String, Object> details, String family, Locale locale) {
		List<DetailLine> lines = new ArrayList<>();
		if (details.containsKey("from") || details.containsKey("to")) {
			lines.add(new DetailLine(label("change", locale),
					change("change", details.get("from"), details.get("to"), family, locale)));
		}
		if (details.get("before") instanceof Map<?, ?> before && details.get("after") instanceof Map<?, ?> after) {
			Set<Object> keys = new LinkedHashSet<>(before.keySet());
			keys.addAll(after.keySet());
			for (Object key : keys) {
				String name = String.valueOf(key);
				lines.add(new DetailLine(label(name, locale), change(name, before.get(key), after.get(key), family, locale)));
			}
		}
		for (String key : ordered(details.keySet())) {
			if (Set.of("from", "to").contains(key)
					|| (Set.of("before", "after").contains(key) && details.get("before") instanceof Map<?, ?>
							&& details.get("after") instanceof Map<?, ?>)) {
				continue;
			}
			lines.add(new DetailLine(label(key, locale), value(key, details.get(key), family, locale)));
		}
		return lines;
	}

	private String value(String key, Object value, String family, Locale locale) {
		if (value instanceof Map<?, ?> map && isChange(map)) {
			Object before = map.containsKey("from") ? map.get("from") : map.get("before");
			Object after = map.containsKey("to") ? map.get("to") : map.get("after");
			return change(key, before, after, family, locale);
		}
		if (value instanceof Map<?, ?> map) {
			List<String> parts = new ArrayList<>();
			map.forEach((subKey, subValue) -> parts
				.add(label(String.valueOf(subKey), locale) + ": "
						+ value(String.valueOf(subKey), subValue, family, locale)));
			return String.join(", ", parts);
		}
		if (value instanceof Collection<?> items) {
			return items.isEmpty() ? NONE
					: String.join(", ", items.stream().map(item -> value(key, item, family, locale)).toList());
		}
		return single(key, value, family, locale);
	}

	private String change(String key, Object before, Object after, String family, Locale locale) {
		return single(key, before, family, locale) + CHANGE + single(key, after, family, locale);
	}

	private String single(String key, Object value, String family, Locale locale) {
		if (value == null) {
			return NONE;
		}
		if (value instanceof Boolean yes) {
			return message(yes ? "form.yes" : "form.no", value.toString(), locale);
		}
		if (key.endsWith("Won") && value instanceof Number number && isWholeNonNegative(number)) {
			return Won.of(number.longValue()).inFigures(locale);
		}
		String text = String.valueOf(value);
		if (key.endsWith("At") && value instanceof String) {
			try {
				return SECONDS.format(Instant.parse(text).atZone(SeoulTime.ZONE));
			}
			catch (DateTimeParseException notATime) {
				return text;
			}
		}
		if (CODE.matcher(text).matches()) {
			String general = message("audit.value." + text, text, locale);
			return family.isEmpty() ? general : message("audit.value." + family + "." + text, general, locale);
		}
		return text;
	}

	private String label(String key, Locale locale) {
		return message("audit.detail." + key, key, locale);
	}

	private String message(String code, String fallback, Locale locale) {
		return messages.getMessage(code, null, fallback, locale);
	}

	private static String family(String action) {
		int dot = action.indexOf('.');
		return dot < 0 ? action : action.substring(0, dot);
	}

	private static boolean isChange(Map<?, ?> map) {
		Set<?> keys = map.keySet();
		return !keys.isEmpty() && (Set.of("from", "to").containsAll(keys) || Set.of("before", "after").containsAll(keys));
	}

	private static boolean isWholeNonNegative(Number number) {
		if (number instanceof Long || number instanceof Integer || number instanceof Short) {
			return number.longValue() >= 0;
		}
		if (number instanceof java.math.BigInteger big) {
			return big.signum() >= 0 && big.bitLength() < 64;
		}
		return false;
	}

	private static List<String> ordered(Collection<String> keys) {
		return keys.stream()
			.sorted(Comparator.comparingInt((String key) -> FIRST_KEYS.contains(key) ? FIRST_KEYS.indexOf(key)
					: FIRST_KEYS.size())
				.thenComparing(Comparator.naturalOrder()))
			.toList();
	}

}
