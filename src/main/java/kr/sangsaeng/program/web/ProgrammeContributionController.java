package kr.sangsaeng.program.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ContributionKind;
import kr.sangsaeng.program.Contributions;
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
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator records a funder's contribution to one of a programme's agreements, or has an agreement's
 * capacity follow its special contributions again after it was set by hand.
 */
@Controller
class ProgrammeContributionController {

	private static final int MAX_MULTIPLE_LENGTH = 12;

	private final Contributions contributions;

	private final CapacityLedger ledger;

	private final ProgrammeAdminPages pages;

	ProgrammeContributionController(Contributions contributions, CapacityLedger ledger, ProgrammeAdminPages pages) {
		this.contributions = contributions;
		this.ledger = ledger;
		this.pages = pages;
	}

	@PostMapping("/admin/programmes/{code}/contributions")
	String record(@PathVariable String code, @ModelAttribute("contributionForm") ContributionForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		ProgrammeSummary programme = pages.existing(code);
		Agreement agreement = chosen(programme, form.getAgreement(), errors);
		String funder = form.getFunder() == null ? "" : form.getFunder().strip();
		if (funder.isEmpty()) {
			errors.rejectValue("funder", "contribution.form.error.funder");
		}
		else if (agreement != null && agreement.funders().stream().noneMatch(own -> own.code().equals(funder))) {
			errors.rejectValue("funder", "contribution.rule.notAFunder");
		}
		ContributionKind kind = Arrays.stream(ContributionKind.values())
			.filter(candidate -> candidate.name().equals(form.getContributionKind()))
			.findFirst()
			.orElse(null);
		if (kind == null) {
			errors.rejectValue("contributionKind", "contribution.form.error.kind");
		}
		Won amount = null;
		try {
			amount = WonInput.parse(form.getContributedAmount());
			if (amount.isZero()) {
				errors.rejectValue("contributedAmount", "programme.form.error.positive");
			}
		}
		catch (InvalidAmountException invalid) {
			errors.rejectValue("contributedAmount", invalid.messageKey());
		}
		LocalDate receivedOn = null;
		try {
			receivedOn = LocalDate.parse(form.getReceivedOn() == null ? "" : form.getReceivedOn().strip());
		}
		catch (DateTimeParseException invalid) {
			errors.rejectValue("receivedOn", "contribution.form.error.receivedOn");
		}
		BigDecimal multiple = kind == ContributionKind.SPECIAL ? multiple(form.getMultiple(), errors) : null;
		if (!errors.hasErrors()) {
			try {
				boolean followed = contributions.record(agreement.code(), funder, kind, amount, receivedOn, multiple,
						user.getUsername());
				redirect.addFlashAttribute("notice",
						followed ? "contribution.admin.recordedCapacityFollowed" : "contribution.admin.recorded");
				return ProgrammeAdminPages.redirectTo(programme.code());
			}
			catch (ProgrammeRuleException refused) {
				String field = refused.field() == null || "amount".equals(refused.field()) ? "contributedAmount"
						: refused.field();
				FormErrors.reject(errors, field, refused);
			}
		}
		return pages.detail(code, model);
	}

	@PostMapping("/admin/programmes/{code}/capacity-source")
	String followContributions(@PathVariable String code, @ModelAttribute("capacitySourceForm") CapacitySourceForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		ProgrammeSummary programme = pages.existing(code);
		Agreement agreement = chosen(programme, form.getAgreement(), errors);
		String reason = Reasons.check(form.getReason(), "reason", "capacity.form.error.reason", errors);
		if (!errors.hasErrors()) {
			try {
				ledger.followContributions(agreement.code(), reason, user.getUsername());
				redirect.addFlashAttribute("notice", "contribution.admin.capacityFollows");
				return ProgrammeAdminPages.redirectTo(programme.code());
			}
			catch (ProgrammeRuleException refused) {
				FormErrors.reject(errors, "reason", refused);
			}
		}
		return pages.detail(code, model);
	}

	private static Agreement chosen(ProgrammeSummary programme, String code, Errors errors) {
		String chosen = code == null ? "" : code.strip();
		Agreement agreement = chosen.isEmpty() && !programme.offersChoiceOfAgreement()
				? programme.leadAgreement().orElse(null)
				: programme.agreementNamed(chosen).orElse(null);
		if (agreement == null) {
			errors.rejectValue("agreement", "capacity.form.error.agreement");
		}
		return agreement;
	}

	private static BigDecimal multiple(String typed, Errors errors) {
		String stripped = typed == null ? "" : typed.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_MULTIPLE_LENGTH || !stripped.matches("\\d{1,3}(\\.\\d{1,2})?")) {
			errors.rejectValue("multiple", "contribution.rule.multiple");
			return null;
		}
		BigDecimal multiple = new BigDecimal(stripped);
		if (multiple.signum() <= 0 || multiple.compareTo(Contributions.MAX_MULTIPLE) > 0) {
			errors.rejectValue("multiple", "contribution.rule.multiple");
			return null;
		}
		return multiple;
	}

}
