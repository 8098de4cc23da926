package kr.sangsaeng.applications.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.ApplicationDetails;
import kr.sangsaeng.applications.ApplicationEligibility;
import kr.sangsaeng.applications.ApplicationNotFoundException;
import kr.sangsaeng.applications.ApplicationRuleException;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.Eligibility;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.PendingApplicationExistsException;
import kr.sangsaeng.applications.StoredDocument;
import kr.sangsaeng.applications.DocumentResponses;
import kr.sangsaeng.applications.UploadedDocument;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.system.OversizedUploadGuard;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An SME's own applications: apply, attach documents, submit, follow, answer the agency, withdraw. Every id in
 * a path is checked against the signed-in SME's organisation; another SME's application is not found.
 */
@Controller
@RequestMapping("/applications")
class SmeApplicationsController {

	static final String LIST_VIEW = "applications/list";

	static final String FORM_VIEW = "applications/form";

	static final String DETAIL_VIEW = "applications/detail";

	static final int UPLOADS_PER_STEP = 5;

	static final int ANSWER_LIMIT = 4000;

	private final GuaranteeApplications applications;

	private final ApplicationEligibility eligibility;

	private final ProgrammeCatalogue catalogue;

	SmeApplicationsController(GuaranteeApplications applications, ApplicationEligibility eligibility,
			ProgrammeCatalogue catalogue) {
		this.applications = applications;
		this.eligibility = eligibility;
		this.catalogue = catalogue;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("applications", applications.of(applicant(user)));
		model.addAttribute("programmes", programmesByCode());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newApplication(@RequestParam(name = "programme", required = false) String code,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		if (code == null || code.isBlank()) {
			return "redirect:/programmes";
		}
		ProgrammeSummary programme = programme(code);
		Eligibility assessment = eligibility.assess(applicant(user), programme);
		if (assessment.hasPending()) {
			return "redirect:/applications/" + assessment.pending().value();
		}
		ApplicationForm form = new ApplicationForm();
		form.setTermMonths(Integer.toString(programme.terms().maxTermMonths()));
		if (programme.banks().size() == 1) {
			form.setBankCode(programme.banks().get(0).code());
		}
		return form(form, programme, assessment, null, model);
	}

	@PostMapping
	String create(@RequestParam(name = "programme", required = false) String code,
			@ModelAttribute("applicationForm") ApplicationForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ProgrammeSummary programme = programme(code == null ? "" : code);
		Applicant applicant = applicant(user);
		Eligibility assessment = eligibility.assess(applicant, programme);
		if (assessment.hasPending()) {
			redirect.addFlashAttribute("problem", "application.rule.pendingExists");
			return "redirect:/applications/" + assessment.pending().value();
		}
		if (!assessment.eligible()) {
			return form(form, programme, assessment, null, model);
		}
		ApplicationContent content = ApplicationFormValidation.check(form, programme, assessment.largestLoan(), errors);
		if (content == null) {
			return form(form, programme, assessment, null, model);
		}
		try {
			ApplicationId id = applications.startDraft(applicant, programme.code().value(), content);
			redirect.addFlashAttribute("notice", "application.notice.drafted");
			return "redirect:/applications/" + id.value();
		}
		catch (PendingApplicationExistsException pending) {
			redirect.addFlashAttribute("problem", "application.rule.pendingExists");
			return pending.existing() == null ? "redirect:/applications"
					: "redirect:/applications/" + pending.existing().value();
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable String id,
			@RequestParam(name = OversizedUploadGuard.TOO_LARGE_PARAMETER, required = false) String tooLarge,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		ApplicationDetails details = details(user, id);
		if (tooLarge != null) {
			model.addAttribute("uploadProblems", List.of("application.document.error.uploadTooLarge"));
		}
		ProgrammeSummary programme = catalogue.find(new ProgrammeCode(details.application().programmeCode()))
			.orElseThrow(ApplicationNotFoundException::new);
		model.addAttribute("details", details);
		model.addAttribute("current", details.application());
		model.addAttribute("programme", programme);
		model.addAttribute("uploadsPerStep", UPLOADS_PER_STEP);
		return DETAIL_VIEW;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		ApplicationView application = details(user, id).application();
		if (application.status() != ApplicationStatus.DRAFT) {
			redirect.addFlashAttribute("problem", "application.rule.onlyDraftsChange");
			return "redirect:/applications/" + application.id().value();
		}
		ProgrammeSummary programme = programme(application.programmeCode());
		Eligibility assessment = eligibility.assess(applicant(user), programme);
		return form(ApplicationForm.of(application), programme, assessment, application, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String id, @ModelAttribute("applicationForm") ApplicationForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		ApplicationView application = details(user, id).application();
		ProgrammeSummary programme = programme(application.programmeCode());
		Eligibility assessment = eligibility.assess(applicant(user), programme);
		ApplicationContent content = ApplicationFormValidation.check(form, programme, assessment.largestLoan(), errors);
		if (content == null) {
			return form(form, programme, assessment, application, model);
		}
		try {
			applications.changeDraft(applicant(user), application.id(), content);
			redirect.addFlashAttribute("notice", "application.notice.saved");
		}
		catch (ApplicationRuleException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/applications/" + application.id().value();
	}

	@PostMapping("/{id}/documents")
	String upload(@PathVariable String id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) throws IOException {
		ApplicationView application = details(user, id).application();
		List<String> problems = attach(user, application.id(), files);
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("notice", "application.notice.uploaded");
		}
		else {
			redirect.addFlashAttribute("uploadProblems", problems);
		}
		return "redirect:/applications/" + application.id().value() + "#documents";
	}

	@PostMapping("/{id}/documents/{documentId}/delete")
	String removeDocument(@PathVariable String id, @PathVariable long documentId,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		ApplicationView application = details(user, id).application();
		try {
			applications.removeDocument(applicant(user), application.id(), documentId);
			redirect.addFlashAttribute("notice", "application.notice.documentRemoved");
		}
		catch (ApplicationRuleException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/applications/" + application.id().value() + "#documents";
	}

	@GetMapping("/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable long documentId,
			@AuthenticationPrincipal SignedInUser user) {
		StoredDocument document = applications.document(applicant(user), parseId(id), documentId)
			.orElseThrow(ApplicationNotFoundException::new);
		return DocumentResponses.attachment(document);
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable String id, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		ApplicationId applicationId = parseId(id);
		try {
			ApplicationView submitted = applications.submit(applicant(user), applicationId);
			redirect.addFlashAttribute("notice", "application.notice.submitted");
			redirect.addFlashAttribute("receipt", submitted.receipt());
		}
		catch (ApplicationRuleException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/applications/" + applicationId.value();
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable String id, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		ApplicationView application = details(user, id).application();
		try {
			applications.withdraw(applicant(user), application.id());
			redirect.addFlashAttribute("notice", "application.notice.withdrawn");
		}
		catch (ApplicationRuleException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/applications/" + application.id().value();
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable String id, @RequestParam(name = "answer", required = false) String answer,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) throws IOException {
		ApplicationView application = details(user, id).application();
		String text = answer == null ? "" : answer.strip();
		if (application.status() != ApplicationStatus.INFO_REQUESTED) {
			redirect.addFlashAttribute("problem", "application.rule.noQuestionOpen");
			return "redirect:/applications/" + application.id().value();
		}
		if (text.isEmpty() || text.length() > ANSWER_LIMIT
				|| text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			redirect.addFlashAttribute("answerProblem",
					text.isEmpty() ? "application.answer.error.empty" : "application.answer.error.invalid");
			redirect.addFlashAttribute("answerText", text.length() > ANSWER_LIMIT ? "" : text);
			return "redirect:/applications/" + application.id().value() + "#answer";
		}
		List<String> problems = attach(user, application.id(), files);
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("uploadProblems", problems);
			redirect.addFlashAttribute("answerText", text);
			return "redirect:/applications/" + application.id().value() + "#answer";
		}
		applications.answer(applicant(user), application.id(), text);
		redirect.addFlashAttribute("notice", "application.notice.answered");
		return "redirect:/applications/" + application.id().value();
	}

	/**
	 * Attaches the uploaded files one by one; returns one message per refused file, naming it.
	 */
	private List<String> attach(SignedInUser user, ApplicationId id, List<MultipartFile> files) throws IOException {
		List<MultipartFile> chosen = files == null ? List.of()
				: files.stream().filter(SmeApplicationsController::isChosen).toList();
		List<String> problems = new ArrayList<>();
		if (chosen.size() > UPLOADS_PER_STEP) {
			problems.add("application.document.error.tooManyAtOnce");
			return problems;
		}
		for (MultipartFile file : chosen) {
			UploadedDocument upload = new UploadedDocument(file.getOriginalFilename(), file.getContentType(),
					file.getSize() > UploadedDocument.MAX_BYTES ? new byte[UploadedDocument.MAX_BYTES + 1]
							: file.getBytes());
			try {
				applications.addDocument(applicant(user), id, upload);
			}
			catch (ApplicationRuleException refused) {
				problems.add(refused.messageKey() + "|" + upload.displayName());
			}
		}
		return problems;
	}

	/**
	 * A file the SME chose: browsers send an empty part without a name for a file field left alone, while an empty
	 * file that has a name was chosen and is refused as empty.
	 */
	private static boolean isChosen(MultipartFile file) {
		return file != null && (!file.isEmpty()
				|| file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank());
	}

	private String form(ApplicationForm form, ProgrammeSummary programme, Eligibility assessment,
			ApplicationView existing, Model model) {
		model.addAttribute("applicationForm", form);
		model.addAttribute("programme", programme);
		model.addAttribute("eligibility", assessment);
		model.addAttribute("existing", existing);
		model.addAttribute("purposes", List.of(LoanPurpose.values()));
		return FORM_VIEW;
	}

	private ApplicationDetails details(SignedInUser user, String id) {
		return applications.details(applicant(user), parseId(id)).orElseThrow(ApplicationNotFoundException::new);
	}

	private ProgrammeSummary programme(String code) {
		if (!ProgrammeCode.isWellFormed(code)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return catalogue.findPublished(new ProgrammeCode(code))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Map<String, ProgrammeSummary> programmesByCode() {
		return catalogue.all()
			.stream()
			.collect(Collectors.toMap(programme -> programme.code().value(), Function.identity()));
	}

	static ApplicationId parseId(String id) {
		try {
			long value = Long.parseLong(id);
			if (value <= 0) {
				throw new ApplicationNotFoundException();
			}
			return new ApplicationId(value);
		}
		catch (NumberFormatException notANumber) {
			throw new ApplicationNotFoundException();
		}
	}

	static Applicant applicant(SignedInUser user) {
		return new Applicant(user.organisation().id(), user.organisation().code(),
				user.organisation().name().korean(), user.getUsername());
	}

}
