package kr.sangsaeng.program.web;

import java.util.Arrays;

import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeRuleException;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.ProgrammeSummary;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A programme's life for administrators: opening, suspending and closing it, each confirmed with a reason.
 */
@Controller
@RequestMapping("/admin/programmes")
class ProgrammeStatusController {

	private final ProgrammeAdministration administration;

	private final ProgrammeAdminPages pages;

	ProgrammeStatusController(ProgrammeAdministration administration, ProgrammeAdminPages pages) {
		this.administration = administration;
		this.pages = pages;
	}

	/**
	 * What moving the programme to {@code target} will change, with a field for the reason: nothing moves before
	 * the administrator confirms.
	 */
	@GetMapping("/{code}/status")
	String confirmStatus(@PathVariable String code, @RequestParam(required = false) String target, Model model,
			RedirectAttributes redirect) {
		ProgrammeSummary programme = pages.existing(code);
		ProgrammeStatus status = statusNamed(target);
		if (status == null || !programme.status().canMoveTo(status)) {
			redirect.addFlashAttribute("problem", refusal(programme, status));
			return ProgrammeAdminPages.redirectTo(programme.code());
		}
		StatusChangeForm form = new StatusChangeForm();
		form.setTarget(status.name());
		return pages.statusConfirmation(programme, status, form, model);
	}

	@PostMapping("/{code}/status")
	String changeStatus(@PathVariable String code, @ModelAttribute("statusChangeForm") StatusChangeForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		ProgrammeSummary programme = pages.existing(code);
		ProgrammeStatus status = statusNamed(form.getTarget());
		if (status == null || !programme.status().canMoveTo(status)) {
			redirect.addFlashAttribute("problem", refusal(programme, status));
			return ProgrammeAdminPages.redirectTo(programme.code());
		}
		String reason = Reasons.check(form.getReason(), "reason", "programme.confirm.error.reason", errors);
		Reasons.confirmed(form.isConfirmed(), errors);
		if (errors.hasErrors()) {
			return pages.statusConfirmation(programme, status, form, model);
		}
		try {
			administration.moveTo(programme.code(), status, reason, user.getUsername());
			redirect.addFlashAttribute("notice", "programme.admin.status." + status.name());
		}
		catch (ProgrammeRuleException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return ProgrammeAdminPages.redirectTo(programme.code());
	}

	private static ProgrammeStatus statusNamed(String name) {
		return Arrays.stream(ProgrammeStatus.values())
			.filter(candidate -> candidate.name().equals(name))
			.findFirst()
			.orElse(null);
	}

	private static String refusal(ProgrammeSummary programme, ProgrammeStatus target) {
		return target == null ? "programme.rule.unknownStatus"
				: "programme.rule.transition." + programme.status().name() + "." + target.name();
	}

}
