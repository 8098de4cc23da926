package kr.sangsaeng.applications.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.sangsaeng.applications.ApplicationRuleException;
import kr.sangsaeng.applications.DocumentChecklists;
import kr.sangsaeng.applications.DocumentRequirement;
import kr.sangsaeng.applications.DocumentType;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator sets the documents an agreement asks for.
 */
@Controller
@RequestMapping("/admin/programmes/{code}/agreements/{agreement}/documents")
class AgreementChecklistController {

	static final String VIEW = "applications/admin/checklist";

	private static final Pattern DAYS = Pattern.compile("\\d{1," + DocumentChecklistForm.AGE_DIGITS + "}");

	private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(\\w+)");

	private final DocumentChecklists checklists;

	private final ProgrammeCatalogue catalogue;

	AgreementChecklistController(DocumentChecklists checklists, ProgrammeCatalogue catalogue) {
		this.checklists = checklists;
		this.catalogue = catalogue;
	}

	@GetMapping
	String show(@PathVariable String code, @PathVariable String agreement, Model model) {
		ProgrammeSummary programme = programme(code);
		Agreement chosen = agreement(programme, agreement);
		List<DocumentType> types = checklists.types();
		return page(programme, chosen, DocumentChecklistForm.of(checklists.of(chosen.code()), types), types, model);
	}

	@PostMapping
	String save(@PathVariable String code, @PathVariable String agreement,
			@ModelAttribute("documentChecklistForm") DocumentChecklistForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ProgrammeSummary programme = programme(code);
		Agreement chosen = agreement(programme, agreement);
		List<DocumentType> types = checklists.types();
		List<DocumentRequirement> requirements = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		// a box that sent something other than a tick is a page not of this form, like rows that are not its rows
		if (errors.hasErrors() || !sameTypes(form, types)) {
			errors.reject("checklist.form.error.rows");
			// the same form object, so that the page keeps its errors
			form.setRows(DocumentChecklistForm.of(checklists.of(chosen.code()), types).getRows());
			return page(programme, chosen, form, types, model);
		}
		for (int i = 0; i < types.size(); i++) {
			DocumentChecklistForm.Row row = form.getRows().get(i);
			String prefix = "rows[" + i + "].";
			if (!row.isAsked()) {
				if (row.isRequired()) {
					errors.rejectValue(prefix + "required", "checklist.form.error.notAsked");
				}
				if (row.ageTyped()) {
					errors.rejectValue(prefix + "maxAgeDays", "checklist.form.error.notAsked");
				}
				continue;
			}
			Integer maxAgeDays = null;
			if (row.ageTyped()) {
				String typed = row.getMaxAgeDays().strip();
				if (!DAYS.matcher(typed).matches() || Integer.parseInt(typed) < 1
						|| Integer.parseInt(typed) > DocumentRequirement.MAX_AGE_DAYS) {
					errors.rejectValue(prefix + "maxAgeDays", "checklist.rule.maxAge",
							new Object[] { String.valueOf(DocumentRequirement.MAX_AGE_DAYS) }, null);
					continue;
				}
				maxAgeDays = Integer.valueOf(typed);
			}
			requirements.add(new DocumentRequirement(types.get(i).code(), row.isRequired(), maxAgeDays));
			lines.add(i);
		}
		if (!errors.hasErrors()) {
			try {
				checklists.replace(programme.code(), chosen.code(), requirements, user.getUsername());
				redirect.addFlashAttribute("notice", "checklist.admin.saved");
				return "redirect:/admin/programmes/" + programme.code().value();
			}
			catch (ApplicationRuleException refused) {
				Matcher field = refused.field() == null ? null : ROW_FIELD.matcher(refused.field());
				if (field != null && field.matches()) {
					FormErrors.reject(errors,
							"rows[" + lines.get(Integer.parseInt(field.group(1))) + "]." + field.group(2), refused);
				}
				else {
					FormErrors.reject(errors, null, refused);
				}
			}
		}
		return page(programme, chosen, form, types, model);
	}

	private String page(ProgrammeSummary programme, Agreement agreement, DocumentChecklistForm form,
			List<DocumentType> types, Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("agreement", agreement);
		model.addAttribute("checklist", checklists.of(agreement.code()));
		model.addAttribute("documentTypes", types);
		model.addAttribute("documentChecklistForm", form);
		return VIEW;
	}

	/**
	 * The form names each kind of document in its row, so that a page opened before the kinds changed is not saved
	 * against the wrong ones.
	 */
	private static boolean sameTypes(DocumentChecklistForm form, List<DocumentType> types) {
		if (form.getRows().size() != types.size()) {
			return false;
		}
		for (int i = 0; i < types.size(); i++) {
			DocumentChecklistForm.Row row = form.getRows().get(i);
			if (row == null || !types.get(i).code().equals(row.getDocumentType())) {
				return false;
			}
		}
		return true;
	}

	private ProgrammeSummary programme(String code) {
		String normalised = code.toUpperCase(Locale.ROOT);
		if (!ProgrammeCode.isWellFormed(normalised)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return catalogue.find(new ProgrammeCode(normalised))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Agreement agreement(ProgrammeSummary programme, String code) {
		return programme.agreementNamed(code.toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
