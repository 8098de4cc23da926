package kr.sangsaeng.company.web;

import java.io.IOException;
import java.util.Optional;

import kr.sangsaeng.company.CertificateRuleException;
import kr.sangsaeng.company.OwnershipCertificates;
import kr.sangsaeng.company.OwnershipProof;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.StoredDocument;
import kr.sangsaeng.shared.UploadedDocument;
import kr.sangsaeng.system.DocumentResponses;
import kr.sangsaeng.system.OversizedUploadGuard;

import org.springframework.http.ResponseEntity;
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
 * The signed-in SME proves that its business registration number is its own: with a code mailed to the contact of
 * a funder's partner list, or with its business registration certificate, which an agency officer checks. No address
 * names a company: it is always the signed-in user's own, and a certificate id of another company is not found.
 */
@Controller
@RequestMapping("/company/verification")
class OwnershipController {

	static final String VIEW = "company/verification";

	static final String REDIRECT = "redirect:/company/verification";

	/** Longer than any code, so that a pasted code with blanks is still read. */
	static final int CODE_LENGTH = 20;

	private final OwnershipProof proof;

	private final OwnershipCertificates certificates;

	OwnershipController(OwnershipProof proof, OwnershipCertificates certificates) {
		this.proof = proof;
		this.certificates = certificates;
	}

	@GetMapping
	String show(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = OversizedUploadGuard.TOO_LARGE_PARAMETER, required = false) String tooLarge,
			Model model) {
		if (tooLarge != null && !model.containsAttribute("certificateProblem")) {
			model.addAttribute("certificateProblem", "certificate.error.uploadTooLarge");
		}
		return page(user, model);
	}

	@PostMapping("/code")
	String mailCode(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		OwnershipProof.Mailing mailing = proof.mailCode(user);
		redirect.addFlashAttribute(mailing == OwnershipProof.Mailing.MAILED ? "notice" : "problem",
				"ownership.mailing." + mailing.name());
		return REDIRECT;
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam(name = "code", required = false) String code,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		if (code == null || code.isBlank() || code.length() > CODE_LENGTH) {
			model.addAttribute("codeProblem", "ownership.confirmation.WRONG");
			return page(user, model);
		}
		OwnershipProof.Confirmation confirmation = proof.confirm(user, code);
		if (confirmation == OwnershipProof.Confirmation.VERIFIED
				|| confirmation == OwnershipProof.Confirmation.NOT_NEEDED) {
			redirect.addFlashAttribute("notice", "ownership.confirmation." + confirmation.name());
			return REDIRECT;
		}
		model.addAttribute("codeProblem", "ownership.confirmation." + confirmation.name());
		return page(user, model);
	}

	@PostMapping("/certificate")
	String uploadCertificate(@RequestParam(name = CertificateUpload.FIELD, required = false) MultipartFile file,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) throws IOException {
		Optional<UploadedDocument> upload = CertificateUpload.of(file);
		if (upload.isEmpty()) {
			model.addAttribute("certificateProblem", "certificate.error.none");
			return page(user, model);
		}
		try {
			certificates.upload(user, upload.get());
		}
		catch (CertificateRuleException refused) {
			model.addAttribute("certificateProblem", refused.messageKey());
			model.addAttribute("certificateProblemArguments", refused.arguments());
			return page(user, model);
		}
		redirect.addFlashAttribute("notice", "certificate.notice.uploaded");
		return REDIRECT;
	}

	@GetMapping("/certificate/{id}")
	ResponseEntity<byte[]> certificate(@PathVariable long id,
			@RequestParam(name = "download", required = false) String download,
			@AuthenticationPrincipal SignedInUser user) {
		StoredDocument document = certificates.ownFile(user, id);
		return download != null ? DocumentResponses.attachment(document) : DocumentResponses.inline(document);
	}

	private String page(SignedInUser user, Model model) {
		model.addAttribute("status", proof.status(user));
		model.addAttribute("certificate", certificates.latest(user).orElse(null));
		return VIEW;
	}

}
