package kr.sangsaeng.program.web;

import java.util.Arrays;

import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.CapacityChange;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.CapacityUnit;
import kr.sangsaeng.program.ProgrammeRuleException;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.shared.WonInput;
import kr.sangsaeng.system.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator increases or decreases the capacity of one of a programme's agreements (the only one, or the one
 * chosen) through the ledger, with a reason. The first post
 * shows the capacity, committed and remaining amounts before and after; only the confirmed post records the entry,
 * which is never edited afterwards. The administrator also changes the unit in which an agreement states its
 * capacity, while nothing is reserved under it.
 */
@Controller
class ProgrammeCapacityController {

	private final CapacityLedger ledger;

	private final ProgrammeAdminPages pages;

	ProgrammeCapacityController(CapacityLedger ledger, ProgrammeAdminPages pages) {
		this.ledger = ledger;
		this.pages = pages;
	}

	@PostMapping("/admin/programmes/{code}/capacity")
	String changeCapacity(@PathVariable String code,
			@ModelAttribute("capacityChangeForm") CapacityChangeForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ProgrammeSummary programme = pages.existing(code);
		String chosen = form.getAgreement() == null ? "" : form.getAgreement().strip();
		// the lead agency's agreement unless another is chosen
		Agreement agreement = chosen.isEmpty() ? programme.leadAgreement().orElse(null)
				: programme.agreementNamed(chosen).orElse(null);
		if (agreement == null) {
			errors.rejectValue("agreement", "capacity.form.error.agreement");
		}
		CapacityChange change = Arrays.stream(CapacityChange.values())
			.filter(candidate -> candidate.name().equals(form.getKind()))
			.findFirst()
			.orElse(null);
		if (change == null) {
			errors.rejectValue("kind", "capacity.form.error.kind");
		}
		Won amount = null;
		try {
			amount = WonInput.parse(form.getAmount());
			if (amount.isZero()) {
				errors.rejectValue("amount", "programme.form.error.positive");
			}
		}
		catch (InvalidAmountException invalid) {
			errors.rejectValue("amount", invalid.messageKey());
		}
		String reason = Reasons.check(form.getReason(), "reason", "capacity.form.error.reason", errors);
		if (!errors.hasErrors() && !form.isConfirmed()) {
			try {
				return pages.capacityConfirmation(programme, agreement, change, amount, form, model);
			}
			catch (ProgrammeRuleException refused) {
				FormErrors.reject(errors, "amount", refused);
			}
			catch (InvalidAmountException invalid) {
				errors.rejectValue("amount", invalid.messageKey());
			}
		}
		else if (!errors.hasErrors()) {
			try {
				ledger.change(agreement.code(), change, amount, reason, user.getUsername());
				redirect.addFlashAttribute("notice", "capacity.admin.changed");
				return ProgrammeAdminPages.redirectTo(programme.code());
			}
			catch (ProgrammeRuleException refused) {
				FormErrors.reject(errors, "amount", refused);
			}
			catch (InvalidAmountException invalid) {
				errors.rejectValue("amount", invalid.messageKey());
			}
		}
		return pages.detail(code, model);
	}

	@PostMapping("/admin/programmes/{code}/capacity-unit")
	String changeUnit(@PathVariable String code, @ModelAttribute("capacityUnitForm") CapacityUnitForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		ProgrammeSummary programme = pages.existing(code);
		String chosen = form.getAgreement() == null ? "" : form.getAgreement().strip();
		Agreement agreement = chosen.isEmpty() && !programme.offersChoiceOfAgreement()
				? programme.leadAgreement().orElse(null) : programme.agreementNamed(chosen).orElse(null);
		if (agreement == null) {
			errors.rejectValue("agreement", "capacity.unit.error.agreement");
		}
		CapacityUnit unit = Arrays.stream(CapacityUnit.values())
			.filter(candidate -> candidate.name().equals(form.getUnit()))
			.findFirst()
			.orElse(null);
		if (unit == null) {
			errors.rejectValue("unit", "capacity.unit.error.unit");
		}
		String reason = Reasons.check(form.getReason(), "reason", "capacity.form.error.reason", errors);
		if (!errors.hasErrors()) {
			try {
				boolean changed = ledger.changeUnit(agreement.code(), unit, reason, user.getUsername());
				redirect.addFlashAttribute("notice", changed ? "capacity.unit.changed" : "capacity.unit.same");
				return ProgrammeAdminPages.redirectTo(programme.code());
			}
			catch (ProgrammeRuleException refused) {
				FormErrors.reject(errors, "unit", refused);
			}
		}
		return pages.detail(code, model);
	}

}
