package kr.sangsaeng.program.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.CapacityChange;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.Institutions;
import kr.sangsaeng.program.IntakePosition;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeIntake;
import kr.sangsaeng.program.ProgrammeRuleException;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.system.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Programme set-up for administrators: list, create, edit, move through the programme's life, and change its
 * capacity through the ledger.
 */
@Controller
@RequestMapping("/admin/programmes")
class ProgrammeAdminController {

	static final String LIST_VIEW = "program/admin/list";

	static final String FORM_VIEW = "program/admin/form";

	static final String DETAIL_VIEW = "program/admin/detail";

	static final int REASON_LIMIT = 1000;

	private final ProgrammeCatalogue catalogue;

	private final ProgrammeAdministration administration;

	private final CapacityLedger ledger;

	private final Institutions institutions;

	private final ProgrammeIntake intake;

	private final ProgrammeFormValidation validation;

	ProgrammeAdminController(ProgrammeCatalogue catalogue, ProgrammeAdministration administration,
			CapacityLedger ledger, Institutions institutions, ProgrammeIntake intake) {
		this.catalogue = catalogue;
		this.intake = intake;
		this.administration = administration;
		this.ledger = ledger;
		this.institutions = institutions;
		this.validation = new ProgrammeFormValidation(institutions);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("programmes", catalogue.all());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newProgramme(Model model) {
		return form(ProgrammeForm.withDefaults(), null, model);
	}

	@PostMapping
	String create(@ModelAttribute("programmeForm") ProgrammeForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ProgrammeFormValidation.Checked checked = validation.check(form, errors, null);
		if (checked == null) {
			return form(form, null, model);
		}
		try {
			administration.create(checked.code(), checked.draft(), checked.capacity(), user.getUsername());
		}
		catch (ProgrammeRuleException refused) {
			FormErrors.reject(errors, "code", refused);
			return form(form, null, model);
		}
		redirect.addFlashAttribute("notice", "programme.admin.created");
		return "redirect:/admin/programmes/" + checked.code().value();
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Model model) {
		ProgrammeSummary programme = existing(code);
		model.addAttribute("programme", programme);
		model.addAttribute("entries", ledger.entries(programme.code()));
		model.addAttribute("capacityChanges", List.of(CapacityChange.values()));
		if (!model.containsAttribute("capacityChangeForm")) {
			model.addAttribute("capacityChangeForm", new CapacityChangeForm());
		}
		IntakePosition position = intake.position(programme.code());
		model.addAttribute("intake", position);
		if (!model.containsAttribute("intakeLimitForm")) {
			model.addAttribute("intakeLimitForm", IntakeLimitForm.of(position.limitPercent()));
		}
		return DETAIL_VIEW;
	}

	@GetMapping("/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		ProgrammeSummary programme = existing(code);
		return form(ProgrammeForm.of(programme), programme, model);
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @ModelAttribute("programmeForm") ProgrammeForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		ProgrammeSummary programme = existing(code);
		if (programme.status() != ProgrammeStatus.DRAFT) {
			form.setCode(programme.code().value());
		}
		ProgrammeFormValidation.Checked checked = validation.check(form, errors, programme.capacity());
		if (checked == null) {
			return form(form, programme, model);
		}
		ProgrammeCode saved;
		try {
			saved = administration.edit(programme.code(), checked.code(), checked.draft(), form.getVersion(),
					user.getUsername());
		}
		catch (ProgrammeRuleException refused) {
			FormErrors.reject(errors, refused);
			return form(form, programme, model);
		}
		redirect.addFlashAttribute("notice", "programme.admin.saved");
		return "redirect:/admin/programmes/" + saved.value();
	}

	@PostMapping("/{code}/status")
	String changeStatus(@PathVariable String code, @RequestParam String target,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		ProgrammeSummary programme = existing(code);
		ProgrammeStatus status = Arrays.stream(ProgrammeStatus.values())
			.filter(candidate -> candidate.name().equals(target))
			.findFirst()
			.orElse(null);
		if (status == null) {
			redirect.addFlashAttribute("problem", "programme.rule.unknownStatus");
		}
		else {
			try {
				administration.moveTo(programme.code(), status, user.getUsername());
				redirect.addFlashAttribute("notice", "programme.admin.status." + status.name());
			}
			catch (ProgrammeRuleException refused) {
				redirect.addFlashAttribute("problem", refused.messageKey());
			}
		}
		return "redirect:/admin/programmes/" + programme.code().value();
	}

	@PostMapping("/{code}/delete")
	String delete(@PathVariable String code, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		ProgrammeSummary programme = existing(code);
		try {
			administration.delete(programme.code(), user.getUsername());
		}
		catch (ProgrammeRuleException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
			return "redirect:/admin/programmes/" + programme.code().value();
		}
		redirect.addFlashAttribute("notice", "programme.admin.deleted");
		return "redirect:/admin/programmes";
	}

	@PostMapping("/{code}/capacity")
	String changeCapacity(@PathVariable String code,
			@ModelAttribute("capacityChangeForm") CapacityChangeForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ProgrammeSummary programme = existing(code);
		CapacityChange change = Arrays.stream(CapacityChange.values())
			.filter(candidate -> candidate.name().equals(form.getKind()))
			.findFirst()
			.orElse(null);
		if (change == null) {
			errors.rejectValue("kind", "capacity.form.error.kind");
		}
		Won amount = null;
		try {
			amount = Won.parse(form.getAmount());
			if (amount.isZero()) {
				errors.rejectValue("amount", "programme.form.error.positive");
			}
		}
		catch (InvalidAmountException invalid) {
			errors.rejectValue("amount", invalid.messageKey());
		}
		String reason = form.getReason() == null ? "" : form.getReason().strip();
		if (reason.isEmpty()) {
			errors.rejectValue("reason", "capacity.form.error.reason");
		}
		else if (reason.length() > REASON_LIMIT) {
			errors.rejectValue("reason", "programme.form.error.tooLong", new Object[] { REASON_LIMIT }, null);
		}
		if (!errors.hasErrors()) {
			try {
				ledger.change(programme.code(), change, amount, reason, user.getUsername());
				redirect.addFlashAttribute("notice", "capacity.admin.changed");
				return "redirect:/admin/programmes/" + programme.code().value();
			}
			catch (ProgrammeRuleException refused) {
				FormErrors.reject(errors, "amount", refused);
			}
			catch (InvalidAmountException invalid) {
				errors.rejectValue("amount", invalid.messageKey());
			}
		}
		return show(code, model);
	}

	/**
	 * Sets or lifts the intake limit for an opening rush: a whole percentage of the remaining capacity, blank for
	 * none.
	 */
	@PostMapping("/{code}/intake")
	String changeIntakeLimit(@PathVariable String code, @ModelAttribute("intakeLimitForm") IntakeLimitForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		ProgrammeSummary programme = existing(code);
		String typed = form.getLimitPercent() == null ? "" : form.getLimitPercent().strip().replace("%", "").strip();
		Integer percent = null;
		if (!typed.isEmpty()) {
			try {
				percent = Integer.valueOf(typed);
			}
			catch (NumberFormatException notWhole) {
				errors.rejectValue("limitPercent", "intake.form.error.whole");
			}
		}
		if (!errors.hasErrors()) {
			try {
				intake.limit(programme.code(), percent, user.getUsername());
				redirect.addFlashAttribute("notice", percent == null ? "intake.admin.lifted" : "intake.admin.set");
				return "redirect:/admin/programmes/" + programme.code().value();
			}
			catch (ProgrammeRuleException refused) {
				FormErrors.reject(errors, "limitPercent", refused);
			}
		}
		return show(code, model);
	}

	private String form(ProgrammeForm form, ProgrammeSummary existing, Model model) {
		model.addAttribute("programmeForm", form);
		model.addAttribute("existing", existing);
		model.addAttribute("agencies", institutions.agencies());
		model.addAttribute("banks", institutions.banks());
		model.addAttribute("funders", institutions.funders());
		model.addAttribute("industries", List.of(IndustrySection.values()));
		model.addAttribute("codeEditable", existing == null || existing.status() == ProgrammeStatus.DRAFT);
		return FORM_VIEW;
	}

	private ProgrammeSummary existing(String code) {
		String normalised = code.toUpperCase(Locale.ROOT);
		if (!ProgrammeCode.isWellFormed(normalised)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return catalogue.find(new ProgrammeCode(normalised))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
