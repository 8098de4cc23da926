package kr.sangsaeng.disbursement.web;

import kr.sangsaeng.disbursement.LoanChangeKind;
import kr.sangsaeng.disbursement.LoanChanges;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.shared.WonInput;

import org.springframework.validation.Errors;

/**
 * Reads a {@link LoanChangeForm}, rejecting what is missing or malformed next to its field. Whether the loan allows
 * the change (below the approved amount, within the programme's term, a bank of the agreement) is for the service.
 */
final class LoanChangeChecks {

	static final int LONGEST_REASON = 2000;

	private LoanChangeChecks() {
	}

	/**
	 * The change asked for, or {@code null} when the form has errors.
	 */
	static LoanChanges.Request request(LoanChangeForm form, Errors errors) {
		LoanChangeKind kind = kind(form.getKind(), errors);
		Won amount = null;
		Integer months = null;
		BankCode bank = null;
		if (kind == LoanChangeKind.AMOUNT_DOWN) {
			try {
				amount = WonInput.parse(form.getNewAmountWon());
			}
			catch (InvalidAmountException invalid) {
				errors.rejectValue("newAmountWon", invalid.messageKey());
			}
		}
		else if (kind == LoanChangeKind.TERM_EXTENSION) {
			String typed = form.getNewTermMonths() == null ? "" : form.getNewTermMonths().strip();
			if (typed.isEmpty()) {
				errors.rejectValue("newTermMonths", "loan.form.error.required");
			}
			else if (!typed.matches("[0-9]{1,3}") || Integer.parseInt(typed) < 1 || Integer.parseInt(typed) > 240) {
				errors.rejectValue("newTermMonths", "loanChange.form.error.months");
			}
			else {
				months = Integer.valueOf(typed);
			}
		}
		else if (kind == LoanChangeKind.BANK_CHANGE) {
			String typed = form.getNewBankCode() == null ? "" : form.getNewBankCode().strip();
			if (typed.isEmpty()) {
				errors.rejectValue("newBankCode", "loan.form.error.required");
			}
			else if (!typed.matches("[A-Z0-9_]{1,16}")) {
				errors.rejectValue("newBankCode", "loanChange.rule.bankNotInAgreement");
			}
			else {
				bank = new BankCode(typed);
			}
		}
		String reason = text(form.getReason(), "reason", errors);
		return errors.hasErrors() ? null : new LoanChanges.Request(kind, amount, months, bank, reason);
	}

	static String rejectionReason(LoanChangeForm form, Errors errors) {
		return text(form.getRejectionReason(), "rejectionReason", errors);
	}

	private static LoanChangeKind kind(String typed, Errors errors) {
		for (LoanChangeKind kind : LoanChangeKind.values()) {
			if (kind.name().equals(typed)) {
				return kind;
			}
		}
		errors.rejectValue("kind", "loanChange.form.error.kind");
		return null;
	}

	private static String text(String typed, String field, Errors errors) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			errors.rejectValue(field, "loanChange.form.error.reason");
			return null;
		}
		if (text.length() > LONGEST_REASON) {
			errors.rejectValue(field, "loan.form.error.tooLong", new Object[] { LONGEST_REASON, text.length() }, null);
			return null;
		}
		if (text.chars()
			.anyMatch(character -> Character.isISOControl(character)
					&& character != '\n' && character != '\r' && character != '\t')) {
			errors.rejectValue(field, "loan.form.error.control");
			return null;
		}
		return text;
	}

}
