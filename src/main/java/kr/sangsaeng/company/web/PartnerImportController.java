package kr.sangsaeng.company.web;

import java.io.IOException;
import java.util.UUID;

import kr.sangsaeng.company.internal.ImportNotWaitingException;
import kr.sangsaeng.company.internal.ImportOutcome;
import kr.sangsaeng.company.internal.PartnerImports;
import kr.sangsaeng.company.internal.UnreadablePartnerFile;
import kr.sangsaeng.company.internal.UnreadablePartnerFile.Reason;
import kr.sangsaeng.identity.SignedInUser;

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
 * Importing a funder's partner list from a CSV file, by an administrator or by the funder itself: upload, look at
 * what the file would change and at its bad rows, then import the good rows or nothing.
 */
@Controller
@RequestMapping({ "/admin/partners/{funderCode}/import", "/funder/partners/import" })
class PartnerImportController {

	static final String UPLOAD_VIEW = "company/partners/upload";

	static final String PREVIEW_VIEW = "company/partners/preview";

	private final PartnerImports imports;

	PartnerImportController(PartnerImports imports) {
		this.imports = imports;
	}

	@GetMapping
	String uploadForm(PartnerListScope scope,
			@RequestParam(name = PartnerUploadSizeGuard.TOO_LARGE_PARAMETER, required = false) String tooLarge,
			Model model) {
		UnreadablePartnerFile refused = tooLarge == null ? null
				: new UnreadablePartnerFile(Reason.TOO_LARGE, imports.maxFileSize().toMegabytes());
		return upload(scope, refused, model);
	}

	@PostMapping
	String upload(PartnerListScope scope, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal SignedInUser user, Model model) throws IOException {
		try {
			if (file == null) {
				throw new UnreadablePartnerFile(Reason.NO_FILE);
			}
			UUID id = imports.upload(scope.funderCode(), file.getOriginalFilename(), file.getBytes(),
					user.getUsername());
			return "redirect:" + scope.path() + "/import/" + id;
		}
		catch (UnreadablePartnerFile refused) {
			return upload(scope, refused, model);
		}
	}

	@GetMapping("/{id}")
	String preview(PartnerListScope scope, @PathVariable String id, @RequestParam(required = false) String page,
			Model model, RedirectAttributes redirect) {
		try {
			UUID importId = importId(id);
			model.addAttribute("preview", imports.preview(scope.funderCode(), importId, pageNumber(page) - 1));
			model.addAttribute("funder", scope.funder());
			model.addAttribute("scope", scope);
			model.addAttribute("pageLink", scope.path() + "/import/" + importId);
			return PREVIEW_VIEW;
		}
		catch (ImportNotWaitingException gone) {
			String answer = scope.importGone();
			redirect.addFlashAttribute("notice", Notice.warning("partner.notice.importGone"));
			return answer;
		}
	}

	@PostMapping("/{id}/import")
	String importGoodRows(PartnerListScope scope, @PathVariable String id, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		try {
			ImportOutcome outcome = imports.importGoodRows(scope.funderCode(), importId(id), user.getUsername());
			redirect.addFlashAttribute("notice", Notice.done("partner.notice.imported", outcome.added(),
					outcome.updated(), outcome.unchanged(), outcome.leftOut()));
		}
		catch (ImportNotWaitingException gone) {
			String answer = scope.importGone();
			redirect.addFlashAttribute("notice", Notice.warning("partner.notice.importGone"));
			return answer;
		}
		return scope.listRedirect();
	}

	@PostMapping("/{id}/discard")
	String importNothing(PartnerListScope scope, @PathVariable String id, RedirectAttributes redirect) {
		try {
			imports.importNothing(scope.funderCode(), importId(id));
			redirect.addFlashAttribute("notice", Notice.done("partner.notice.discarded"));
		}
		catch (ImportNotWaitingException gone) {
			String answer = scope.importGone();
			redirect.addFlashAttribute("notice", Notice.warning("partner.notice.importGone"));
			return answer;
		}
		return scope.listRedirect();
	}

	private String upload(PartnerListScope scope, UnreadablePartnerFile refused, Model model) {
		model.addAttribute("funder", scope.funder());
		model.addAttribute("scope", scope);
		model.addAttribute("refused", refused);
		model.addAttribute("maxFileMegabytes", imports.maxFileSize().toMegabytes());
		model.addAttribute("maxRows", PartnerImports.MAX_ROWS);
		return UPLOAD_VIEW;
	}

	private static UUID importId(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new ImportNotWaitingException();
		}
	}

	private static int pageNumber(String typed) {
		if (typed == null || !typed.matches("[0-9]{1,6}")) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(typed));
	}

}
