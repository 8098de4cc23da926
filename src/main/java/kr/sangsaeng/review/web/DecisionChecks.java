package kr.sangsaeng.review.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import kr.sangsaeng.applications.RejectionReason;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.shared.WonInput;

import org.springframework.validation.Errors;

/**
 * Reads the fields of a {@link DecisionForm} that one decision needs, rejecting what is missing or malformed next
 * to its field. The programme's own rules (amount, ratio and fee limits) are the review service's.
 */
final class DecisionChecks {

	static final int LONGEST_TEXT = 2000;

	/** A percentage as typed: up to three digits and three decimals; the programme says which are allowed. */
	private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3})?");

	private DecisionChecks() {
	}

	static Optional<Long> version(DecisionForm form, Errors errors) {
		String text = form.getVersion() == null ? "" : form.getVersion().strip();
		if (!text.matches("[0-9]{1,18}")) {
			errors.reject("review.decision.error.version");
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(text));
	}

	/**
	 * The deadline of a request for information, a day as the date field sends it ({@code 2026-12-24}); whether it
	 * lies in the allowed window is the applications module's rule. None given, {@code null}: the default deadline.
	 */
	static java.time.LocalDate dueOn(String typed, Errors errors) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return java.time.LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException notADate) {
			errors.rejectValue("dueOn", "review.decision.error.dueOn");
			return null;
		}
	}

	static String text(String typed, String field, Errors errors) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			errors.rejectValue(field, "review.decision.error.required");
			return null;
		}
		if (text.length() > LONGEST_TEXT) {
			errors.rejectValue(field, "review.decision.error.tooLong", new Object[] { LONGEST_TEXT, text.length() },
					null);
			return null;
		}
		if (text.chars().anyMatch(character -> Character.isISOControl(character) && character != '\n'
				&& character != '\r' && character != '\t')) {
			errors.rejectValue(field, "review.decision.error.control");
			return null;
		}
		return text;
	}

	static String optionalText(String typed, String field, Errors errors) {
		return typed == null || typed.isBlank() ? null : text(typed, field, errors);
	}

	static RejectionReason reason(DecisionForm form, Errors errors) {
		return Arrays.stream(RejectionReason.values())
			.filter(reason -> reason.name().equals(form.getReason()))
			.findFirst()
			.orElseGet(() -> {
				errors.rejectValue("reason", "review.decision.error.reason");
				return null;
			});
	}

	/**
	 * The approval terms as typed, each value that can be read (an amount, a ratio and a fee as decimal numbers,
	 * whatever their range) or {@code null} with its error on {@code errors}.
	 */
	static TypedTerms typedTerms(DecisionForm form, Errors errors) {
		return new TypedTerms(amount(form.getAmount(), errors), decimal(form.getRatio(), "ratio", errors),
				decimal(form.getFeeRate(), "feeRate", errors),
				optionalText(form.getConditions(), "conditions", errors));
	}

	/**
	 * Approval terms as the reviewer typed them; {@code null} where a value could not be read.
	 */
	record TypedTerms(Won amount, BigDecimal ratio, BigDecimal feeRate, String conditions) {

		/**
		 * The terms to approve on, once the programme's rules found nothing wrong with them; {@code null} if any
		 * field has an error.
		 */
		ApprovalTerms toTerms(Errors errors) {
			if (ratio != null && ratio.signum() == 0 && !errors.hasFieldErrors("ratio")) {
				errors.rejectValue("ratio", "review.decision.error.zeroRatio");
			}
			if (amount == null || ratio == null || feeRate == null || errors.hasFieldErrors("amount")
					|| errors.hasFieldErrors("ratio") || errors.hasFieldErrors("feeRate")
					|| errors.hasFieldErrors("conditions")) {
				return null;
			}
			return new ApprovalTerms(amount, new Percentage(ratio), new Percentage(feeRate), conditions);
		}

	}

	private static Won amount(String typed, Errors errors) {
		if (typed == null || typed.isBlank()) {
			errors.rejectValue("amount", "review.decision.error.required");
			return null;
		}
		try {
			Won amount = WonInput.parse(typed);
			if (amount.isZero()) {
				errors.rejectValue("amount", "review.decision.error.zeroAmount");
				return null;
			}
			return amount;
		}
		catch (InvalidAmountException invalid) {
			errors.rejectValue("amount", invalid.messageKey());
			return null;
		}
	}

	private static BigDecimal decimal(String typed, String field, Errors errors) {
		String text = typed == null ? "" : typed.strip();
		if (text.endsWith("%")) {
			text = text.substring(0, text.length() - 1).strip();
		}
		if (text.isEmpty()) {
			errors.rejectValue(field, "review.decision.error.required");
			return null;
		}
		if (!DECIMAL.matcher(text).matches()) {
			errors.rejectValue(field, "review.decision.error.percentage");
			return null;
		}
		return new BigDecimal(text);
	}

}
