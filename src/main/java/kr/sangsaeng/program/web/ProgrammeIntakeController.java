package kr.sangsaeng.program.web;

import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeIntake;
import kr.sangsaeng.program.ProgrammeRuleException;
import kr.sangsaeng.program.ProgrammeSummary;
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
 * An administrator sets or lifts a programme's intake limit for an opening rush.
 */
@Controller
class ProgrammeIntakeController {

	private final ProgrammeIntake intake;

	private final ProgrammeAdminPages pages;

	ProgrammeIntakeController(ProgrammeIntake intake, ProgrammeAdminPages pages) {
		this.intake = intake;
		this.pages = pages;
	}

	/**
	 * Sets or lifts the intake limit: a whole percentage of the remaining capacity, blank for none.
	 */
	@PostMapping("/admin/programmes/{code}/intake")
	String changeIntakeLimit(@PathVariable String code, @ModelAttribute("intakeLimitForm") IntakeLimitForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		ProgrammeSummary programme = pages.existing(code);
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
				return ProgrammeAdminPages.redirectTo(programme.code());
			}
			catch (ProgrammeRuleException refused) {
				FormErrors.reject(errors, "limitPercent", refused);
			}
		}
		return pages.detail(code, model);
	}

}
