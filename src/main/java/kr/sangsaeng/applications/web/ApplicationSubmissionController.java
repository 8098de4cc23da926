package kr.sangsaeng.applications.web;

import java.io.IOException;
import java.util.List;

import kr.sangsaeng.applications.ApplicationNotFoundException;
import kr.sangsaeng.applications.ApplicationReceipt;
import kr.sangsaeng.applications.ApplicationRuleException;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.DocumentsIncompleteException;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.ApplicationId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an SME does with its application once drafted: submit it and keep its receipt, withdraw it, answer the
 * agency's question.
 */
@Controller
@RequestMapping("/applications/{id}")
class ApplicationSubmissionController {

	static final int ANSWER_LIMIT = 4000;

	static final String RECEIPT_VIEW = "applications/receipt";

	private static final String RECEIPT_REDIRECT = "redirect:/applications/{id}/receipt";

	private final GuaranteeApplications applications;

	private final OwnApplications own;

	private final DocumentUploads uploads;

	ApplicationSubmissionController(GuaranteeApplications applications, OwnApplications own,
			DocumentUploads uploads) {
		this.applications = applications;
		this.own = own;
		this.uploads = uploads;
	}

	@PostMapping("/submit")
	String submit(@PathVariable("id") ApplicationId applicationId, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		try {
			applications.submit(OwnApplications.applicant(user), applicationId);
			// one view name for every submission, filled in from the request's own path: the view resolver keeps
			// one redirect view instead of making and caching one per application
			return RECEIPT_REDIRECT;
		}
		catch (DocumentsIncompleteException incomplete) {
			redirect.addFlashAttribute("problem", incomplete.messageKey());
			redirect.addFlashAttribute("documentShortfalls", incomplete.shortfalls());
			return OwnApplications.redirectTo(applicationId) + "#documents";
		}
		catch (ApplicationRuleException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return OwnApplications.redirectTo(applicationId);
	}

	/**
	 * The receipt (접수증) of a received application, short enough to answer every submission of an opening rush; an
	 * application not received yet is shown whole.
	 */
	@GetMapping("/receipt")
	String receipt(@PathVariable("id") ApplicationId applicationId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		ApplicationReceipt receipt = applications.receipt(OwnApplications.applicant(user), applicationId)
			.orElseThrow(ApplicationNotFoundException::new);
		if (!receipt.received()) {
			return OwnApplications.redirectTo(applicationId);
		}
		model.addAttribute("receipt", receipt);
		return RECEIPT_VIEW;
	}

	@PostMapping("/withdraw")
	String withdraw(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		ApplicationView application = own.details(user, id).application();
		try {
			applications.withdraw(OwnApplications.applicant(user), application.id());
			redirect.addFlashAttribute("notice", "application.notice.withdrawn");
		}
		catch (ApplicationRuleException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return OwnApplications.redirectTo(application.id());
	}

	@PostMapping("/answer")
	String answer(@PathVariable ApplicationId id, @RequestParam(name = "answer", required = false) String answer,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) throws IOException {
		ApplicationView application = own.details(user, id).application();
		String text = answer == null ? "" : answer.strip();
		if (application.status() != ApplicationStatus.INFO_REQUESTED) {
			redirect.addFlashAttribute("problem", "application.rule.noQuestionOpen");
			return OwnApplications.redirectTo(application.id());
		}
		if (text.isEmpty() || text.length() > ANSWER_LIMIT
				|| text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			redirect.addFlashAttribute("answerProblem",
					text.isEmpty() ? "application.answer.error.empty" : "application.answer.error.invalid");
			redirect.addFlashAttribute("answerText", text.length() > ANSWER_LIMIT ? "" : text);
			return OwnApplications.redirectTo(application.id()) + "#answer";
		}
		List<String> problems = uploads.attach(user, application.id(), files);
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("uploadProblems", problems);
			redirect.addFlashAttribute("answerText", text);
			return OwnApplications.redirectTo(application.id()) + "#answer";
		}
		try {
			applications.answer(OwnApplications.applicant(user), application.id(), text);
		}
		catch (DocumentsIncompleteException incomplete) {
			redirect.addFlashAttribute("problem", incomplete.messageKey());
			redirect.addFlashAttribute("documentShortfalls", incomplete.shortfalls());
			redirect.addFlashAttribute("answerText", text);
			return OwnApplications.redirectTo(application.id()) + "#documents";
		}
		redirect.addFlashAttribute("notice", "application.notice.answered");
		return OwnApplications.redirectTo(application.id());
	}

}
