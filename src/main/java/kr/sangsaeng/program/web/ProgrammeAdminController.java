package kr.sangsaeng.program.web;

import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.Institutions;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeRuleException;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.system.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Programme set-up for administrators: list, create, edit, delete a draft. Its status, capacity and intake limit
 * have controllers of their own.
 */
@Controller
@RequestMapping("/admin/programmes")
class ProgrammeAdminController {

	private final ProgrammeCatalogue catalogue;

	private final ProgrammeAdministration administration;

	private final ProgrammeAdminPages pages;

	private final ProgrammeFormValidation validation;

	ProgrammeAdminController(ProgrammeCatalogue catalogue, ProgrammeAdministration administration,
			ProgrammeAdminPages pages, Institutions institutions) {
		this.catalogue = catalogue;
		this.administration = administration;
		this.pages = pages;
		this.validation = new ProgrammeFormValidation(institutions);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("programmes", catalogue.all());
		return ProgrammeAdminPages.LIST_VIEW;
	}

	@GetMapping("/new")
	String newProgramme(Model model) {
		return pages.form(ProgrammeForm.withDefaults(), null, model);
	}

	@PostMapping
	String create(@ModelAttribute("programmeForm") ProgrammeForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ProgrammeFormValidation.Checked checked = validation.check(form, errors, null);
		if (checked == null) {
			return pages.form(form, null, model);
		}
		try {
			administration.create(checked.code(), checked.draft(), checked.capacity(), user.getUsername());
		}
		catch (ProgrammeRuleException refused) {
			FormErrors.reject(errors, "code", refused);
			return pages.form(form, null, model);
		}
		redirect.addFlashAttribute("notice", "programme.admin.created");
		return ProgrammeAdminPages.redirectTo(checked.code());
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Model model) {
		return pages.detail(code, model);
	}

	@GetMapping("/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		ProgrammeSummary programme = pages.existing(code);
		return pages.form(ProgrammeForm.of(programme), programme, model);
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @ModelAttribute("programmeForm") ProgrammeForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		ProgrammeSummary programme = pages.existing(code);
		if (programme.status() != ProgrammeStatus.DRAFT) {
			form.setCode(programme.code().value());
		}
		ProgrammeFormValidation.Checked checked = validation.check(form, errors, programme.capacity());
		if (checked == null) {
			return pages.form(form, programme, model);
		}
		ProgrammeCode saved;
		try {
			saved = administration.edit(programme.code(), checked.code(), checked.draft(), form.getVersion(),
					user.getUsername());
		}
		catch (ProgrammeRuleException refused) {
			FormErrors.reject(errors, refused);
			return pages.form(form, programme, model);
		}
		redirect.addFlashAttribute("notice", "programme.admin.saved");
		return ProgrammeAdminPages.redirectTo(saved);
	}

	@PostMapping("/{code}/delete")
	String delete(@PathVariable String code, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		ProgrammeSummary programme = pages.existing(code);
		try {
			administration.delete(programme.code(), user.getUsername());
		}
		catch (ProgrammeRuleException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
			return ProgrammeAdminPages.redirectTo(programme.code());
		}
		redirect.addFlashAttribute("notice", "programme.admin.deleted");
		return "redirect:/admin/programmes";
	}

}
