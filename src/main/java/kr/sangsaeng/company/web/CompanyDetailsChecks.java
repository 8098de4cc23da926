package kr.sangsaeng.company.web;

import java.text.Normalizer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.sangsaeng.company.CompanyDetails;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.shared.WonInput;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Reads the company fields of a form the way people type them (full-width digits, thousands separators,
 * {@code 2009. 3. 16.}, {@code +82 52 288 4100}) and reports what cannot be read, field by field, as message
 * keys. Runs after Bean Validation and leaves alone the fields it has already refused.
 */
@Component
class CompanyDetailsChecks {

	static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	static final LocalDate EARLIEST_FOUNDING = LocalDate.of(1900, 1, 1);

	static final int MOST_EMPLOYEES = 1_000_000;

	/** 1,000조 원: more than any company earns in a year. */
	static final Won LARGEST_REVENUE = Won.of(1_000_000_000_000_000L);

	private static final Pattern CHOICE = Pattern.compile("[A-Z_]{1,20}");

	private static final Pattern HEADCOUNT = Pattern.compile("[0-9]{1,3}(,[0-9]{3})*|[0-9]+");

	private static final Pattern DATE = Pattern.compile("([0-9]{4})\\s*[-./]\\s*([0-9]{1,2})\\s*[-./]\\s*([0-9]{1,2})\\.?");

	private static final Pattern DATE_DIGITS = Pattern.compile("([0-9]{4})([0-9]{2})([0-9]{2})");

	private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-().]");

	private static final Pattern PHONE_DIGITS = Pattern.compile("[0-9]{8,11}");

	private final Clock clock = Clock.system(KOREA);

	/**
	 * The company details the form describes, or nothing when one of its company fields is refused.
	 */
	Optional<CompanyDetails> check(CompanyDetailsForm form, Errors errors) {
		String companyName = text(form.companyName());
		String companyNameEnglish = text(form.companyNameEnglish());
		String representative = text(form.representativeName());
		IndustrySection industry = choice(IndustrySection.class, form.industry(), "industry",
				"company.error.industry.unknown", errors);
		Region region = choice(Region.class, form.region(), "region", "company.error.region.unknown", errors);
		Integer employees = employees(form.employees(), errors);
		Won revenue = revenue(form.annualRevenue(), errors);
		LocalDate foundedOn = foundingDate(form.foundedOn(), errors);
		String phone = phone(form.phone(), errors);
		boolean technologyFirm = declared(form.technologyFirm(), "technologyFirm", errors);
		boolean exporter = declared(form.exporter(), "exporter", errors);
		for (String field : new String[] { "companyName", "companyNameEnglish", "representativeName", "industry",
				"region", "employees", "annualRevenue", "foundedOn", "phone", "technologyFirm", "exporter" }) {
			if (errors.hasFieldErrors(field)) {
				return Optional.empty();
			}
		}
		LocalizedName name = new LocalizedName(companyName,
				companyNameEnglish.isEmpty() ? companyName : companyNameEnglish);
		return Optional.of(new CompanyDetails(name, representative, industry, region, employees, revenue, foundedOn,
				phone, technologyFirm, exporter));
	}

	/**
	 * A box the company ticks: {@code true} when ticked, nothing (or blank) when not; anything else is refused.
	 */
	private static boolean declared(String value, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			return false;
		}
		if (value.strip().equals("true")) {
			return true;
		}
		errors.rejectValue(field, "company.error.declaration.invalid");
		return false;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * What was typed into a text field, without surrounding blanks, in composed Unicode form.
	 */
	static String text(String typed) {
		return typed == null ? "" : Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
	}

	/**
	 * What was typed into a field of digits, with full-width digits and separators read as ASCII.
	 */
	static String digits(String typed) {
		return typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String typed, String field, String unknown,
			Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		String name = typed.strip();
		if (CHOICE.matcher(name).matches()) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(name)) {
					return constant;
				}
			}
		}
		errors.rejectValue(field, unknown);
		return null;
	}

	private static Integer employees(String typed, Errors errors) {
		if (errors.hasFieldErrors("employees")) {
			return null;
		}
		String count = digits(typed);
		if (count.endsWith("명")) {
			count = count.substring(0, count.length() - 1).strip();
		}
		if (count.startsWith("-")) {
			errors.rejectValue("employees", "company.error.employees.negative");
			return null;
		}
		if (!HEADCOUNT.matcher(count).matches()) {
			errors.rejectValue("employees", "company.error.employees.invalid");
			return null;
		}
		String plain = count.replace(",", "");
		if (plain.length() > 7 || Integer.parseInt(plain) > MOST_EMPLOYEES) {
			errors.rejectValue("employees", "company.error.employees.too-many");
			return null;
		}
		return Integer.parseInt(plain);
	}

	private static Won revenue(String typed, Errors errors) {
		if (errors.hasFieldErrors("annualRevenue")) {
			return null;
		}
		try {
			Won revenue = WonInput.parse(typed);
			if (revenue.isGreaterThan(LARGEST_REVENUE)) {
				errors.rejectValue("annualRevenue", "won.invalid.too-large");
				return null;
			}
			return revenue;
		}
		catch (InvalidAmountException invalid) {
			errors.rejectValue("annualRevenue", invalid.messageKey());
			return null;
		}
	}

	private LocalDate foundingDate(String typed, Errors errors) {
		if (errors.hasFieldErrors("foundedOn")) {
			return null;
		}
		String date = digits(typed);
		Matcher written = DATE.matcher(date);
		Matcher compact = DATE_DIGITS.matcher(date);
		Matcher parts = written.matches() ? written : compact.matches() ? compact : null;
		if (parts == null) {
			errors.rejectValue("foundedOn", "company.error.foundedOn.invalid");
			return null;
		}
		LocalDate foundedOn;
		try {
			foundedOn = LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
					Integer.parseInt(parts.group(3)));
		}
		catch (DateTimeException noSuchDay) {
			errors.rejectValue("foundedOn", "company.error.foundedOn.invalid");
			return null;
		}
		if (foundedOn.isAfter(today())) {
			errors.rejectValue("foundedOn", "company.error.foundedOn.future");
			return null;
		}
		if (foundedOn.isBefore(EARLIEST_FOUNDING)) {
			errors.rejectValue("foundedOn", "company.error.foundedOn.too-early");
			return null;
		}
		return foundedOn;
	}

	/**
	 * A Korean phone number written the usual way: {@code 02-123-4567}, {@code 052-288-4100},
	 * {@code 010-1234-5678}, {@code 1588-1234}; {@code +82} is read as the leading 0.
	 */
	static Optional<String> phoneNumber(String typed) {
		String number = PHONE_SEPARATORS.matcher(digits(typed)).replaceAll("");
		if (number.startsWith("+82")) {
			number = number.substring(3);
			number = number.startsWith("0") ? number : "0" + number;
		}
		if (!PHONE_DIGITS.matcher(number).matches()) {
			return Optional.empty();
		}
		if (number.startsWith("02")) {
			return grouped("02", number.substring(2));
		}
		if (number.startsWith("0") && number.charAt(1) != '0' && number.charAt(1) != '9') {
			return grouped(number.substring(0, 3), number.substring(3));
		}
		if (number.length() == 8 && number.startsWith("1")) {
			return Optional.of(number.substring(0, 4) + "-" + number.substring(4));
		}
		return Optional.empty();
	}

	private static Optional<String> grouped(String areaCode, String subscriber) {
		return switch (subscriber.length()) {
			case 7 -> Optional.of(areaCode + "-" + subscriber.substring(0, 3) + "-" + subscriber.substring(3));
			case 8 -> Optional.of(areaCode + "-" + subscriber.substring(0, 4) + "-" + subscriber.substring(4));
			default -> Optional.empty();
		};
	}

	private static String phone(String typed, Errors errors) {
		if (errors.hasFieldErrors("phone")) {
			return null;
		}
		Optional<String> phone = phoneNumber(typed);
		if (phone.isEmpty()) {
			errors.rejectValue("phone", "company.error.phone.invalid");
			return null;
		}
		return phone.get();
	}

}
