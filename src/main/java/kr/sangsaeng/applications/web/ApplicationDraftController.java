package kr.sangsaeng.applications.web;

import java.util.List;
import java.util.Optional;

import kr.sangsaeng.applications.AgreementOption;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.ApplicationEligibility;
import kr.sangsaeng.applications.ApplicationRuleException;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.Eligibility;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.PendingApplicationExistsException;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.program.ProgrammeTerms;
import kr.sangsaeng.program.YearlyCosts;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.shared.WonInput;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An SME's draft: start one in a programme it may apply to, and change it until it is submitted.
 */
@Controller
@RequestMapping("/applications")
class ApplicationDraftController {

	private final GuaranteeApplications applications;

	private final ApplicationEligibility eligibility;

	private final OwnApplications own;

	ApplicationDraftController(GuaranteeApplications applications, ApplicationEligibility eligibility,
			OwnApplications own) {
		this.applications = applications;
		this.eligibility = eligibility;
		this.own = own;
	}

	@GetMapping("/new")
	String newApplication(@RequestParam(name = "programme", required = false) String code,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		if (code == null || code.isBlank()) {
			return "redirect:/programmes";
		}
		ProgrammeSummary programme = own.programme(code);
		Eligibility assessment = eligibility.assess(OwnApplications.applicant(user), programme);
		if (assessment.hasPending()) {
			return OwnApplications.redirectTo(assessment.pending());
		}
		ApplicationForm form = new ApplicationForm();
		form.setTermMonths(Integer.toString(programme.terms().maxTermMonths()));
		if (programme.banks().size() == 1) {
			form.setBankCode(programme.banks().get(0).code());
		}
		List<AgreementOption> admitting = assessment.agreementOptions()
			.stream()
			.filter(AgreementOption::admitted)
			.toList();
		if (admitting.size() == 1) {
			form.setAgreementCode(admitting.get(0).agreement().code().value());
		}
		return form(form, programme, assessment, null, model, user);
	}

	@PostMapping
	String create(@RequestParam(name = "programme", required = false) String code,
			@ModelAttribute("applicationForm") ApplicationForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ProgrammeSummary programme = own.programme(code);
		Applicant applicant = OwnApplications.applicant(user);
		Eligibility assessment = eligibility.assess(applicant, programme);
		if (assessment.hasPending()) {
			redirect.addFlashAttribute("problem", "application.rule.pendingExists");
			return OwnApplications.redirectTo(assessment.pending());
		}
		if (!assessment.mayDraft()) {
			return form(form, programme, assessment, null, model, user);
		}
		ApplicationContent content = ApplicationFormValidation.check(form, programme,
				assessment.agreementOptions(), assessment.largestLoan(), errors);
		if (content == null) {
			return form(form, programme, assessment, null, model, user);
		}
		try {
			ApplicationId id = applications.startDraft(applicant, programme.code(), content);
			redirect.addFlashAttribute("notice", "application.notice.drafted");
			return OwnApplications.redirectTo(id);
		}
		catch (PendingApplicationExistsException pending) {
			redirect.addFlashAttribute("problem", "application.rule.pendingExists");
			return pending.existing() == null ? "redirect:/applications"
					: OwnApplications.redirectTo(pending.existing());
		}
		catch (ApplicationRuleException refused) {
			FormErrors.reject(errors, refused);
			return form(form, programme, assessment, null, model, user);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		ApplicationView application = own.details(user, id).application();
		if (application.status() != ApplicationStatus.DRAFT) {
			redirect.addFlashAttribute("problem", "application.rule.onlyDraftsChange");
			return OwnApplications.redirectTo(application.id());
		}
		ProgrammeSummary programme = own.programme(application.programmeCode());
		Eligibility assessment = eligibility.assess(OwnApplications.applicant(user), programme);
		return form(ApplicationForm.of(application), programme, assessment, application, model, user);
	}

	@PostMapping("/{id}")
	String update(@PathVariable ApplicationId id, @ModelAttribute("applicationForm") ApplicationForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		ApplicationView application = own.details(user, id).application();
		ProgrammeSummary programme = own.programme(application.programmeCode());
		Eligibility assessment = eligibility.assess(OwnApplications.applicant(user), programme);
		ApplicationContent content = ApplicationFormValidation.check(form, programme,
				assessment.agreementOptions(), assessment.largestLoan(), errors);
		if (content == null) {
			return form(form, programme, assessment, application, model, user);
		}
		try {
			applications.changeDraft(OwnApplications.applicant(user), application.id(), content);
			redirect.addFlashAttribute("notice", "application.notice.saved");
		}
		catch (ApplicationRuleException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return OwnApplications.redirectTo(application.id());
	}

	private String form(ApplicationForm form, ProgrammeSummary programme, Eligibility assessment,
			ApplicationView existing, Model model, SignedInUser user) {
		model.addAttribute("applicationForm", form);
		model.addAttribute("agreementOptions", assessment.agreementOptions());
		model.addAttribute("programme", programme);
		model.addAttribute("eligibility", assessment);
		model.addAttribute("existing", existing);
		model.addAttribute("purposes", List.of(LoanPurpose.values()));
		model.addAttribute("yearlyCosts", yearlyCosts(form, programme));
		return OwnApplications.FORM_VIEW;
	}

	/**
	 * What the guarantee would cost year by year under the agreement the SME chose (the lead agreement until it
	 * chooses), for the amount and term it typed; the programme's example loan and longest term until it types them.
	 */
	static YearlyCosts yearlyCosts(ApplicationForm form, ProgrammeSummary programme) {
		ProgrammeTerms terms = programme.terms();
		// the example loan stands until the SME types an amount the programme lends
		Won loan = typedLoan(form.getAmount(), terms).orElse(terms.exampleLoan());
		int termMonths = terms.maxTermMonths();
		String typedTerm = form.getTermMonths() == null ? "" : form.getTermMonths().strip();
		if (typedTerm.matches("\\d{1,3}")) {
			int months = Integer.parseInt(typedTerm);
			if (months >= 1 && months <= terms.maxTermMonths()) {
				termMonths = months;
			}
		}
		AgreementCode agreement = programme.agreementNamed(form.getAgreementCode() == null ? ""
				: form.getAgreementCode().strip()).map(Agreement::code).orElse(null);
		return programme.yearlyCosts(agreement, loan, termMonths);
	}

	/**
	 * The amount typed, when it is a whole-won amount from the programme's smallest loan to its largest.
	 */
	static Optional<Won> typedLoan(String amount, ProgrammeTerms terms) {
		try {
			Won typed = WonInput.parse(amount);
			return !typed.isZero() && !typed.isLessThan(terms.minLoan())
					&& (terms.maxLoan().isZero() || !typed.isGreaterThan(terms.maxLoan())) ? Optional.of(typed)
							: Optional.empty();
		}
		catch (InvalidAmountException notAnAmount) {
			return Optional.empty();
		}
	}

}
