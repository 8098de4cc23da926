package kr.sangsaeng.audit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.applications.ApplicationMessagePosted;
import kr.sangsaeng.review.ReviewAction;
import kr.sangsaeng.shared.AuditableEvent;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every entry the trail can show reads in words, in Korean and in English: the test finds every
 * {@link AuditableEvent} in the code, builds each with every value of its enums and flags (and without its
 * optional parts), and fails on an action, a detail key or a coded value without a label in either audit
 * messages file. Sign-ins and refusals, which the audit module records itself, are listed here.
 */
class AuditLabelsTests {

	/** Entries the audit module writes itself, with the detail keys and coded values they use. */
	private static final Set<String> SECURITY_ACTIONS = Set.of("sign-in.succeeded", "sign-in.failed", "sign-out",
			"access.denied");

	private static final Set<String> SECURITY_DETAIL_KEYS = Set.of("reason", "method", "required");

	private static final Set<String> SECURITY_VALUES = Set.of("bad-credentials", "disabled", "locked",
			"account-expired", "credentials-expired", "not-authorised", "forbidden", "other");

	/** Texts some records take that stand for codes rather than free text. */
	private static final Map<String, List<String>> CODED_TEXTS = Map.of(ReviewAction.class.getName() + ".kind",
			List.of("ASSIGNED", "RELEASED", "INFO_REQUESTED", "REJECTED", "RECOMMENDED", "RETURNED", "APPROVED"),
			ApplicationMessagePosted.class.getName() + ".kind", List.of("MESSAGE_FROM_AGENCY"));

	/** Texts tried in turn for free-text components until the record accepts them. */
	private static final List<String> TEXTS = List.of("1018101015", "HMG-KB-WOORI", "sample@example.kr", "10");

	private static final Set<String> STRUCTURE = Set.of("from", "to", "before", "after");

	private static Properties english;

	private static Properties korean;

	private final Set<String> enumNames = new TreeSet<>();

	@BeforeAll
	static void readMessages() throws IOException {
		english = read("messages/audit.properties");
		korean = read("messages/audit_ko.properties");
	}

	@Test
	void everyActionDetailAndCodedValueOfEveryAuditedEventHasALabelInBothLanguages() throws Exception {
		List<Class<?>> types = auditableEvents();
		assertThat(types).as("audited event types found").hasSizeGreaterThan(10);
		Set<String> actions = new TreeSet<>(SECURITY_ACTIONS);
		Set<String> keys = new TreeSet<>(SECURITY_DETAIL_KEYS);
		Set<String> values = new TreeSet<>(SECURITY_VALUES);
		for (Class<?> type : types) {
			List<Object> instances = variants(type, 0);
			assertThat(instances).as("instances of " + type.getName()).isNotEmpty();
			for (Object instance : instances) {
				AuditableEvent event = (AuditableEvent) instance;
				String action;
				Map<String, Object> details;
				try {
					action = event.auditAction();
					details = event.auditDetails();
				}
				catch (RuntimeException impossibleCombination) {
					continue;
				}
				actions.add(action);
				Set<String> coded = new TreeSet<>();
				collect(details, keys, coded);
				String family = action.substring(0, Math.max(0, action.indexOf('.')));
				coded.forEach(code -> values.add(english.containsKey("audit.value." + family + "." + code)
						&& korean.containsKey("audit.value." + family + "." + code) ? family + "." + code : code));
			}
		}

		List<String> missing = new ArrayList<>();
		for (String action : actions) {
			need("audit.action." + action, missing);
		}
		for (String key : keys) {
			need("audit.detail." + key, missing);
		}
		for (String value : values) {
			need("audit.value." + value, missing);
		}
		assertThat(missing).as("labels missing from audit.properties or audit_ko.properties").isEmpty();
		assertThat(actions).contains("session.ended", "programme.status-changed", "account.disabled");
	}

	private void collect(Object details, Set<String> keys, Set<String> values) {
		if (details instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String key = String.valueOf(entry.getKey());
				if (!STRUCTURE.contains(key)) {
					keys.add(key);
				}
				collect(entry.getValue(), keys, values);
			}
		}
		else if (details instanceof Collection<?> items) {
			items.forEach(item -> collect(item, keys, values));
		}
		else if (details instanceof Enum<?> constant) {
			values.add(constant.name());
		}
		else if (details instanceof String text && enumNames.contains(text)) {
			values.add(text);
		}
	}

	private static void need(String key, List<String> missing) {
		if (!english.containsKey(key)) {
			missing.add("en " + key);
		}
		if (!korean.containsKey(key)) {
			missing.add("ko " + key);
		}
	}

	/**
	 * One instance with every component at its first value, then one for each other value of each component: each
	 * enum constant, both flags, and {@code null} for what may be left out.
	 */
	private List<Object> variants(Class<?> type, int depth) throws Exception {
		RecordComponent[] components = type.getRecordComponents();
		List<List<Object>> choices = new ArrayList<>();
		for (RecordComponent component : components) {
			choices.add(choices(type, component, depth));
		}
		List<Object> instances = new ArrayList<>();
		Object first = build(type, components, choices, -1, null);
		if (first == null) {
			return instances;
		}
		instances.add(first);
		if (depth > 1) {
			return instances;
		}
		for (int i = 0; i < components.length; i++) {
			for (Object alternative : choices.get(i).subList(1, choices.get(i).size())) {
				Object variant = build(type, components, choices, i, alternative);
				if (variant != null) {
					instances.add(variant);
				}
			}
		}
		return instances;
	}

	private Object build(Class<?> type, RecordComponent[] components, List<List<Object>> choices, int varied,
			Object alternative) throws Exception {
		Class<?>[] parameterTypes = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			parameterTypes[i] = components[i].getType();
		}
		Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
		constructor.setAccessible(true);
		for (String text : TEXTS) {
			Object[] arguments = new Object[components.length];
			for (int i = 0; i < components.length; i++) {
				Object value = i == varied ? alternative : choices.get(i).get(0);
				arguments[i] = value == TEXT ? text : value;
			}
			try {
				return constructor.newInstance(arguments);
			}
			catch (ReflectiveOperationException | RuntimeException refused) {
				// try the next text
			}
		}
		return null;
	}

	private static final Object TEXT = new Object();

	private List<Object> choices(Class<?> owner, RecordComponent component, int depth) throws Exception {
		Class<?> type = component.getType();
		List<Object> choices = new ArrayList<>();
		List<String> coded = CODED_TEXTS.get(owner.getName() + "." + component.getName());
		if (coded != null) {
			choices.addAll(coded);
			enumNames.addAll(coded);
		}
		else if (type == String.class) {
			choices.add(TEXT);
		}
		else if (type == long.class || type == Long.class) {
			choices.add(10L);
		}
		else if (type == int.class || type == Integer.class) {
			choices.add(1);
		}
		else if (type == boolean.class || type == Boolean.class) {
			choices.add(false);
			choices.add(true);
		}
		else if (type == BigDecimal.class) {
			choices.add(BigDecimal.TEN);
		}
		else if (type == Instant.class) {
			choices.add(Instant.parse("2026-03-02T00:00:00Z"));
		}
		else if (type == LocalDate.class) {
			choices.add(LocalDate.of(2026, 3, 2));
		}
		else if (type == Locale.class) {
			choices.add(Locale.KOREAN);
		}
		else if (type.isEnum()) {
			for (Object constant : type.getEnumConstants()) {
				choices.add(constant);
				enumNames.add(((Enum<?>) constant).name());
			}
		}
		else if (type.isRecord() && depth < 3) {
			choices.addAll(variants(type, depth + 1));
		}
		else if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
			choices.add(List.of());
		}
		else if (Map.class.isAssignableFrom(type)) {
			choices.add(Map.of());
		}
		if (!type.isPrimitive()) {
			choices.add(null);
		}
		if (choices.isEmpty() || (choices.size() == 1 && choices.get(0) == null)) {
			throw new IllegalStateException("No sample for " + owner.getName() + "." + component.getName());
		}
		return choices;
	}

	private static List<Class<?>> auditableEvents() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(AuditableEvent.class));
		Set<String> names = new LinkedHashSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("kr.sangsaeng")) {
			names.add(candidate.getBeanClassName());
		}
		List<Class<?>> types = new ArrayList<>();
		for (String name : names) {
			Class<?> type = Class.forName(name);
			if (type.isRecord()) {
				types.add(type);
			}
		}
		return types;
	}

	private static Properties read(String path) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
