package kr.sangsaeng.applications.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.applications.ApplicationNotFoundException;
import kr.sangsaeng.applications.ApplicationRuleException;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.StoredDocument;
import kr.sangsaeng.shared.UploadedDocument;
import kr.sangsaeng.system.DocumentResponses;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents of an SME's own application: attach, upload against a slot of the checklist, remove while a draft,
 * download.
 */
@Controller
@RequestMapping("/applications/{id}/documents")
class ApplicationDocumentController {

	private final GuaranteeApplications applications;

	private final OwnApplications own;

	private final DocumentUploads uploads;

	ApplicationDocumentController(GuaranteeApplications applications, OwnApplications own, DocumentUploads uploads) {
		this.applications = applications;
		this.own = own;
		this.uploads = uploads;
	}

	@PostMapping
	String upload(@PathVariable ApplicationId id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) throws IOException {
		ApplicationView application = own.details(user, id).application();
		List<String> problems = uploads.attach(user, application.id(), files);
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("notice", "application.notice.uploaded");
		}
		else {
			redirect.addFlashAttribute("uploadProblems", problems);
		}
		return OwnApplications.redirectTo(application.id()) + "#documents";
	}

	@PostMapping("/slots/{documentType}")
	String uploadToSlot(@PathVariable ApplicationId id, @PathVariable String documentType,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "issuedOn", required = false) String issuedOn,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) throws IOException {
		ApplicationView application = own.details(user, id).application();
		String anchor = "#slot-" + documentType;
		LocalDate issued;
		try {
			issued = issuedOn == null || issuedOn.isBlank() ? null : LocalDate.parse(issuedOn.strip());
		}
		catch (DateTimeParseException notADate) {
			return refused(redirect, application, documentType, "issuedOn", "application.document.error.issuedOnInvalid",
					anchor);
		}
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			return refused(redirect, application, documentType, "file", "application.document.error.fileRequired", anchor);
		}
		UploadedDocument upload = new UploadedDocument(file.getOriginalFilename(), file.getContentType(),
				file.getSize() > UploadedDocument.MAX_BYTES ? new byte[UploadedDocument.MAX_BYTES + 1] : file.getBytes());
		try {
			applications.addDocument(OwnApplications.applicant(user), application.id(), upload, documentType, issued);
		}
		catch (ApplicationRuleException refused) {
			// the checks of the file's content name the file in their message
			Object[] arguments = refused.arguments().length == 0 ? new Object[] { upload.displayName() }
					: refused.arguments();
			return refused(redirect, application, documentType, refused.field() == null ? "file" : refused.field(),
					refused.messageKey(), anchor, arguments);
		}
		redirect.addFlashAttribute("notice", "application.notice.uploaded");
		return OwnApplications.redirectTo(application.id()) + anchor;
	}

	private static String refused(RedirectAttributes redirect, ApplicationView application, String documentType,
			String field, String messageKey, String anchor, Object... arguments) {
		redirect.addFlashAttribute("slotProblem", Map.of("slot", documentType, "field", field, "key", messageKey,
				"arguments", arguments));
		return OwnApplications.redirectTo(application.id()) + anchor;
	}

	@PostMapping("/{documentId}/delete")
	String remove(@PathVariable ApplicationId id, @PathVariable long documentId, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		ApplicationView application = own.details(user, id).application();
		try {
			applications.removeDocument(OwnApplications.applicant(user), application.id(), documentId);
			redirect.addFlashAttribute("notice", "application.notice.documentRemoved");
		}
		catch (ApplicationRuleException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return OwnApplications.redirectTo(application.id()) + "#documents";
	}

	@GetMapping("/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable ApplicationId id, @PathVariable long documentId,
			@AuthenticationPrincipal SignedInUser user) {
		StoredDocument document = applications
			.document(OwnApplications.applicant(user), id, documentId)
			.orElseThrow(ApplicationNotFoundException::new);
		return DocumentResponses.attachment(document);
	}

}
