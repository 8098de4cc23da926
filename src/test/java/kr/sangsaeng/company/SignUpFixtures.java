package kr.sangsaeng.company;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import kr.sangsaeng.shared.BusinessRegistrationNumber;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-ups that no other test uses, and what a reader sees next to a form field.
 */
final class SignUpFixtures {

	static final String PASSWORD = "blue harbour lantern 7";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private SignUpFixtures() {
	}

	/**
	 * A business registration number with a matching check digit that no other test has used.
	 */
	static BusinessRegistrationNumber newBusinessNumber(JdbcTemplate jdbc) {
		while (true) {
			String first = String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000));
			for (int check = 0; check <= 9; check++) {
				String digits = first + check;
				if (BusinessRegistrationNumber.isValid(digits) && !isUsed(jdbc, digits)) {
					return BusinessRegistrationNumber.parse(digits);
				}
			}
		}
	}

	static String newEmail() {
		return "owner" + System.nanoTime() + "." + SEQUENCE.incrementAndGet() + "@signup-test.example";
	}

	/**
	 * The fields of a sign-up that succeeds.
	 */
	static Map<String, String> validSignUp(JdbcTemplate jdbc) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("businessRegistrationNumber", newBusinessNumber(jdbc).formatted());
		fields.put("companyName", "(주)새봄정밀");
		fields.put("representativeName", "박새봄");
		fields.put("email", newEmail());
		fields.put("password", PASSWORD);
		fields.put("passwordConfirm", PASSWORD);
		fields.put("industry", "C");
		fields.put("region", "GYEONGNAM");
		fields.put("employees", "42");
		fields.put("annualRevenue", "7,300,000,000");
		fields.put("foundedOn", "2014-05-20");
		fields.put("phone", "055-123-4567");
		return fields;
	}

	static Map<String, String> with(Map<String, String> fields, String name, String value) {
		Map<String, String> changed = new LinkedHashMap<>(fields);
		changed.put(name, value);
		return changed;
	}

	static MockHttpServletRequestBuilder withFields(MockHttpServletRequestBuilder request, Map<String, String> fields) {
		fields.forEach(request::param);
		return request;
	}

	/**
	 * The text shown next to a form field as its error: the field is marked invalid, and the error is the
	 * element its {@code aria-describedby} names that has the class {@code invalid-feedback}.
	 */
	static String errorNextTo(String page, String field) {
		Document document = Jsoup.parse(page);
		Element input = document.selectFirst("[name=" + field + "]");
		assertThat(input).as("field %s", field).isNotNull();
		assertThat(input.hasClass("is-invalid")).as("%s is marked invalid", field).isTrue();
		assertThat(input.attr("aria-invalid")).as("%s aria-invalid", field).isEqualTo("true");
		StringBuilder errors = new StringBuilder();
		for (String id : input.attr("aria-describedby").split("\\s+")) {
			Element described = document.getElementById(id);
			if (described != null && described.hasClass("invalid-feedback")) {
				errors.append(described.text());
			}
		}
		assertThat(errors).as("error next to %s", field).isNotEmpty();
		return errors.toString();
	}

	/**
	 * The fields marked invalid on a page.
	 */
	static java.util.List<String> invalidFields(String page) {
		return Jsoup.parse(page).select(".is-invalid").eachAttr("name");
	}

	static int organisations(JdbcTemplate jdbc, String businessNumberDigits) {
		return jdbc.queryForObject("select count(*) from organisation where code = ?", Integer.class,
				businessNumberDigits);
	}

	static int accounts(JdbcTemplate jdbc, String email) {
		return jdbc.queryForObject("select count(*) from user_account where lower(username) = lower(?)",
				Integer.class, email.strip());
	}

	static int profiles(JdbcTemplate jdbc, String businessNumberDigits) {
		return jdbc.queryForObject("select count(*) from company_profile where business_registration_number = ?",
				Integer.class, businessNumberDigits);
	}

	private static boolean isUsed(JdbcTemplate jdbc, String digits) {
		return organisations(jdbc, digits) > 0 || profiles(jdbc, digits) > 0;
	}

}
