package kr.sangsaeng.audit.internal;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the details an event gives into plain JSON values (strings, numbers, booleans, lists and objects), so
 * that any event's details can be stored, whatever types it uses: enums become their names, times their ISO
 * form, other objects their text. Texts, lists and nesting are bounded.
 */
final class AuditDetails {

	static final int TEXT_LIMIT = 2_000;

	static final int ITEM_LIMIT = 100;

	static final int DEPTH_LIMIT = 5;

	private AuditDetails() {
	}

	static Map<String, Object> plain(Map<?, ?> details) {
		if (details == null) {
			return Map.of();
		}
		return object(details, 0);
	}

	private static Map<String, Object> object(Map<?, ?> map, int depth) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			if (object.size() == ITEM_LIMIT) {
				object.put("…", (map.size() - ITEM_LIMIT) + " more");
				break;
			}
			object.put(AuditText.line(String.valueOf(entry.getKey()), 100), value(entry.getValue(), depth + 1));
		}
		return object;
	}

	private static Object value(Object value, int depth) {
		if (value == null || value instanceof Boolean || value instanceof String) {
			return value instanceof String text ? AuditText.text(text, TEXT_LIMIT) : value;
		}
		if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
				|| value instanceof BigInteger || value instanceof BigDecimal) {
			return value;
		}
		if (value instanceof Number number) {
			double real = number.doubleValue();
			return Double.isFinite(real) ? BigDecimal.valueOf(real) : number.toString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof TemporalAccessor || value instanceof CharSequence) {
			return AuditText.text(value.toString(), TEXT_LIMIT);
		}
		if (value instanceof Optional<?> optional) {
			return value(optional.orElse(null), depth);
		}
		if (depth > DEPTH_LIMIT) {
			return AuditText.text(String.valueOf(value), TEXT_LIMIT);
		}
		if (value instanceof Map<?, ?> map) {
			return object(map, depth);
		}
		if (value instanceof Iterable<?> items) {
			List<Object> list = new ArrayList<>();
			for (Object item : items) {
				if (list.size() == ITEM_LIMIT) {
					list.add("…");
					break;
				}
				list.add(value(item, depth + 1));
			}
			return list;
		}
		if (value.getClass().isArray()) {
			List<Object> list = new ArrayList<>();
			int length = Array.getLength(value);
			for (int i = 0; i < Math.min(length, ITEM_LIMIT); i++) {
				list.add(value(Array.get(value, i), depth + 1));
			}
			if (length > ITEM_LIMIT) {
				list.add("…");
			}
			return list;
		}
		return AuditText.text(String.valueOf(value), TEXT_LIMIT);
	}

}
