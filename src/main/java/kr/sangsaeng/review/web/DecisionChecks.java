package kr.sangsaeng.review.web;

import java.util.Arrays;
import java.util.Optional;

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

	static ApprovalTerms approvalTerms(DecisionForm form, Errors errors) {
		Won amount = amount(form.getAmount(), errors);
		Percentage ratio = percentage(form.getRatio(), "ratio", errors);
		Percentage fee = percentage(form.getFeeRate(), "feeRate", errors);
		String conditions = optionalText(form.getConditions(), "conditions", errors);
		if (amount == null || ratio == null || fee == null || errors.hasFieldErrors("conditions")) {
			return null;
		}
		if (ratio.value().signum() == 0) {
			errors.rejectValue("ratio", "review.decision.error.zeroRatio");
			return null;
		}
		return new ApprovalTerms(amount, ratio, fee, conditions);
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

	private static Percentage percentage(String typed, String field, Errors errors) {
		if (typed == null || typed.isBlank()) {
			errors.rejectValue(field, "review.decision.error.required");
			return null;
		}
		try {
			return Percentage.parse(typed);
		}
		catch (IllegalArgumentException notAPercentage) {
			errors.rejectValue(field, "review.decision.error.percentage");
			return null;
		}
	}

}
