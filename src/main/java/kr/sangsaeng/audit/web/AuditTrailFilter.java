package kr.sangsaeng.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import kr.sangsaeng.audit.AuditQuery;
import kr.sangsaeng.shared.SeoulTime;

import org.springframework.validation.Errors;

/**
 * The filters of the audit trail page as the administrator types them. A subject may be given in full
 * ({@code application:42}, {@code programme:HMG-KB-WOORI}, {@code account:admin}), or as an application number
 * or a programme code alone. The period is in days, Korea Standard Time, both ends included.
 */
public class AuditTrailFilter {

	static final int SUBJECT_LIMIT = 200;

	static final int USERNAME_LIMIT = 254;

	static final int ACTION_LIMIT = 100;

	private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

	private static final Pattern APPLICATION_NUMBER = Pattern.compile("[0-9]{1,18}");

	private static final Pattern PROGRAMME_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,31}");

	private static final Pattern SEQUENCE_NUMBER = Pattern.compile("[0-9]{1,18}");

	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 9999;

	private String subject = "";

	private String username = "";

	private String action = "";

	private String from = "";

	private String to = "";

	private String before = "";

	/**
	 * The query these filters ask for, or null when a filter is not valid (the errors say why, per field).
	 */
	AuditQuery toQuery(int pageSize, Errors errors) {
		String checkedSubject = text("subject", subject, SUBJECT_LIMIT, errors);
		String checkedUsername = text("username", username, USERNAME_LIMIT, errors);
		String checkedAction = text("action", action, ACTION_LIMIT, errors);
		LocalDate firstDay = date("from", from, errors);
		LocalDate lastDay = date("to", to, errors);
		if (firstDay != null && lastDay != null && lastDay.isBefore(firstDay)) {
			errors.rejectValue("to", "audit.filter.error.toBeforeFrom");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new AuditQuery(subjectOf(checkedSubject), checkedUsername, checkedAction,
				firstDay == null ? null : firstDay.atStartOfDay(SeoulTime.ZONE).toInstant(),
				lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(SeoulTime.ZONE).toInstant(),
				sequenceNumber(before), pageSize);
	}

	boolean isEmpty() {
		return isBlank(subject) && isBlank(username) && isBlank(action) && isBlank(from) && isBlank(to);
	}

	/**
	 * What a subject filter means: an application number or a programme code on its own names that application
	 * or programme.
	 */
	static String subjectOf(String typed) {
		if (typed == null || typed.indexOf(':') >= 0) {
			return typed;
		}
		if (APPLICATION_NUMBER.matcher(typed).matches()) {
			return "application:" + Long.parseLong(typed);
		}
		if (PROGRAMME_CODE.matcher(typed).matches()) {
			return "programme:" + typed.toUpperCase(Locale.ROOT);
		}
		return typed;
	}

	private static String text(String field, String value, int limit, Errors errors) {
		if (isBlank(value)) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.codePointCount(0, stripped.length()) > limit) {
			errors.rejectValue(field, "audit.filter.error.tooLong", new Object[] { limit }, null);
			return null;
		}
		if (CONTROL_CHARACTERS.matcher(stripped).find()) {
			errors.rejectValue(field, "audit.filter.error.controlCharacters");
			return null;
		}
		return stripped;
	}

	private static LocalDate date(String field, String value, Errors errors) {
		if (isBlank(value)) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR) {
				return day;
			}
		}
		catch (DateTimeParseException notADate) {
			// explained below
		}
		errors.rejectValue(field, "audit.filter.error.date");
		return null;
	}

	private static Long sequenceNumber(String value) {
		return value != null && SEQUENCE_NUMBER.matcher(value.strip()).matches() ? Long.valueOf(value.strip()) : null;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getBefore() {
		return before;
	}

	public void setBefore(String before) {
		this.before = before;
	}

}
