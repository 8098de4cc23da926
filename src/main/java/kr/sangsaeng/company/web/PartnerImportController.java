package kr.sangsaeng.company.web;

import java.io.IOException;
import java.util.UUID;

import kr.sangsaeng.company.internal.ImportNotWaitingException;
import kr.sangsaeng.company.internal.ImportOutcome;
import kr.sangsaeng.company.internal.PartnerImports;
import kr.sangsaeng.company.internal.PartnerLists;
import kr.sangsaeng.company.internal.UnreadablePartnerFile;
import kr.sangsaeng.company.internal.UnreadablePartnerFile.Reason;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.Institutions.Institution;

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
 * Importing a funder's partner list from a CSV file: upload, look at what the file would change and at its bad
 * rows, then import the good rows or nothing.
 */
@Controller
@RequestMapping("/admin/partners/{funderCode}/import")
class PartnerImportController {

	static final String UPLOAD_VIEW = "company/partners/upload";

	static final String PREVIEW_VIEW = "company/partners/preview";

	private final PartnerImports imports;

	private final PartnerLists lists;

	PartnerImportController(PartnerImports imports, PartnerLists lists) {
		this.imports = imports;
		this.lists = lists;
	}

	@GetMapping
	String uploadForm(@PathVariable String funderCode,
			@RequestParam(name = PartnerUploadSizeGuard.TOO_LARGE_PARAMETER, required = false) String tooLarge,
			Model model) {
		UnreadablePartnerFile refused = tooLarge == null ? null
				: new UnreadablePartnerFile(Reason.TOO_LARGE, imports.maxFileSize().toMegabytes());
		return upload(lists.funder(funderCode), refused, model);
	}

	@PostMapping
	String upload(@PathVariable String funderCode, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal SignedInUser user, Model model) throws IOException {
		Institution funder = lists.funder(funderCode);
		try {
			if (file == null) {
				throw new UnreadablePartnerFile(Reason.NO_FILE);
			}
			UUID id = imports.upload(funderCode, file.getOriginalFilename(), file.getBytes(), user.getUsername());
			return "redirect:/admin/partners/{funderCode}/import/" + id;
		}
		catch (UnreadablePartnerFile refused) {
			return upload(funder, refused, model);
		}
	}

	@GetMapping("/{id}")
	String preview(@PathVariable String funderCode, @PathVariable String id,
			@RequestParam(required = false) String page, Model model, RedirectAttributes redirect) {
		Institution funder = lists.funder(funderCode);
		try {
			UUID importId = importId(id);
			model.addAttribute("preview", imports.preview(funderCode, importId, pageNumber(page) - 1));
			model.addAttribute("funder", funder);
			model.addAttribute("pageLink", "/admin/partners/" + funder.code() + "/import/" + importId);
			return PREVIEW_VIEW;
		}
		catch (ImportNotWaitingException gone) {
			redirect.addFlashAttribute("notice", Notice.warning("partner.notice.importGone"));
			return PartnerListController.LIST_REDIRECT;
		}
	}

	@PostMapping("/{id}/import")
	String importGoodRows(@PathVariable String funderCode, @PathVariable String id,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		lists.funder(funderCode);
		try {
			ImportOutcome outcome = imports.importGoodRows(funderCode, importId(id), user.getUsername());
			redirect.addFlashAttribute("notice", Notice.done("partner.notice.imported", outcome.added(),
					outcome.updated(), outcome.unchanged(), outcome.leftOut()));
		}
		catch (ImportNotWaitingException gone) {
			redirect.addFlashAttribute("notice", Notice.warning("partner.notice.importGone"));
		}
		return PartnerListController.LIST_REDIRECT;
	}

	@PostMapping("/{id}/discard")
	String importNothing(@PathVariable String funderCode, @PathVariable String id, RedirectAttributes redirect) {
		lists.funder(funderCode);
		try {
			imports.importNothing(funderCode, importId(id));
			redirect.addFlashAttribute("notice", Notice.done("partner.notice.discarded"));
		}
		catch (ImportNotWaitingException gone) {
			redirect.addFlashAttribute("notice", Notice.warning("partner.notice.importGone"));
		}
		return PartnerListController.LIST_REDIRECT;
	}

	private String upload(Institution funder, UnreadablePartnerFile refused, Model model) {
		model.addAttribute("funder", funder);
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
