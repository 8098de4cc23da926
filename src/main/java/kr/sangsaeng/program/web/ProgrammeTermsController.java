package kr.sangsaeng.program.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.ProgrammeRuleException;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.program.TermSchedules;
import kr.sangsaeng.program.TermYear;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.shared.WonInput;
import kr.sangsaeng.system.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator sets an agreement's terms per guarantee year.
 */
@Controller
class ProgrammeTermsController {

	static final String VIEW = "program/admin/terms";

	private static final int MAX_ROWS = 10;

	private static final Pattern YEAR = Pattern.compile("\\d{1,2}");

	private static final Pattern POINTS = Pattern.compile("\\d{1,2}(\\.\\d{1,3})?");

	private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(\\w+)");

	private final TermSchedules schedules;

	private final ProgrammeAdminPages pages;

	ProgrammeTermsController(TermSchedules schedules, ProgrammeAdminPages pages) {
		this.schedules = schedules;
		this.pages = pages;
	}

	@GetMapping("/admin/programmes/{code}/terms")
	String show(@PathVariable String code, @RequestParam(required = false) String agreement, Model model) {
		ProgrammeSummary programme = pages.existing(code);
		Agreement chosen = chosen(programme, agreement);
		return page(programme, chosen, TermScheduleForm.of(chosen.schedule(programme.terms())), model);
	}

	@PostMapping("/admin/programmes/{code}/terms")
	String save(@PathVariable String code, @RequestParam(required = false) String agreement,
			@ModelAttribute("termScheduleForm") TermScheduleForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ProgrammeSummary programme = pages.existing(code);
		Agreement chosen = chosen(programme, agreement);
		List<Integer> lines = new ArrayList<>();
		List<TermYear> rows = new ArrayList<>();
		if (form.getRows().size() > MAX_ROWS) {
			errors.reject("termSchedule.rule.tooManyRows", new Object[] { MAX_ROWS }, null);
		}
		else {
			for (int i = 0; i < form.getRows().size(); i++) {
				TermScheduleForm.Row row = form.getRows().get(i);
				if (row == null || row.isBlank()) {
					continue;
				}
				TermYear year = parse(row, "rows[" + i + "].", errors);
				if (year != null) {
					rows.add(year);
					lines.add(i);
				}
			}
			if (rows.isEmpty() && !errors.hasErrors()) {
				errors.reject("termSchedule.rule.noRows");
			}
		}
		if (!errors.hasErrors()) {
			try {
				schedules.replace(programme.code(), chosen.code(), rows, user.getUsername());
				redirect.addFlashAttribute("notice", "termSchedule.admin.saved");
				return ProgrammeAdminPages.redirectTo(programme.code());
			}
			catch (ProgrammeRuleException refused) {
				Matcher field = refused.field() == null ? null : ROW_FIELD.matcher(refused.field());
				if (field != null && field.matches()) {
					FormErrors.reject(errors,
							"rows[" + lines.get(Integer.parseInt(field.group(1))) + "]." + field.group(2), refused);
				}
				else {
					FormErrors.reject(errors, refused);
				}
			}
		}
		return page(programme, chosen, form.withBlankRows(), model);
	}

	private String page(ProgrammeSummary programme, Agreement agreement, TermScheduleForm form, Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("agreement", agreement);
		model.addAttribute("termScheduleForm", form);
		model.addAttribute("example", programme.exampleCosts(agreement));
		return VIEW;
	}

	private static Agreement chosen(ProgrammeSummary programme, String code) {
		String typed = code == null ? "" : code.strip();
		return (typed.isEmpty() ? programme.leadAgreement() : programme.agreementNamed(typed))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static TermYear parse(TermScheduleForm.Row row, String prefix, Errors errors) {
		int before = errors.getErrorCount();
		Integer from = year(row.getFromYear(), prefix + "fromYear", false, errors);
		Integer to = year(row.getToYear(), prefix + "toYear", true, errors);
		Percentage ratio = percentage(row.getGuaranteeRatio(), prefix + "guaranteeRatio", errors);
		Percentage fee = percentage(row.getFeeRate(), prefix + "feeRate", errors);
		Percentage share = percentage(row.getFundersShare(), prefix + "fundersShare", errors);
		BigDecimal points = null;
		String typedPoints = row.getRatePreferencePoints() == null ? "" : row.getRatePreferencePoints().strip();
		if (POINTS.matcher(typedPoints).matches()) {
			points = new BigDecimal(typedPoints);
		}
		else {
			errors.rejectValue(prefix + "ratePreferencePoints", "termSchedule.form.error.points");
		}
		Won feeCap = cap(row.getFeeSupportCap(), prefix + "feeSupportCap", errors);
		Won interestCap = cap(row.getInterestSubsidyCap(), prefix + "interestSubsidyCap", errors);
		if (errors.getErrorCount() > before) {
			return null;
		}
		return new TermYear(from, to, ratio, fee, share, points, feeCap, interestCap, false);
	}

	private static Integer year(String typed, String field, boolean blankAllowed, Errors errors) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty() && blankAllowed) {
			return null;
		}
		if (!YEAR.matcher(text).matches() || Integer.parseInt(text) < 1) {
			errors.rejectValue(field, "termSchedule.form.error.year");
			return null;
		}
		return Integer.parseInt(text);
	}

	private static Percentage percentage(String typed, String field, Errors errors) {
		try {
			return Percentage.parse(typed);
		}
		catch (IllegalArgumentException invalid) {
			errors.rejectValue(field, "termSchedule.form.error.percentage");
			return null;
		}
	}

	private static Won cap(String typed, String field, Errors errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return WonInput.parse(typed);
		}
		catch (InvalidAmountException invalid) {
			errors.rejectValue(field, invalid.messageKey());
			return null;
		}
	}

}
