package kr.sangsaeng.company.web;

import kr.sangsaeng.company.CertificateRuleException;
import kr.sangsaeng.company.OwnershipCertificates;
import kr.sangsaeng.company.OwnershipCertificates.Decision;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.StoredDocument;
import kr.sangsaeng.system.DocumentResponses;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agency officers (reviewers and approvers of any agency) check the business registration certificates SMEs upload:
 * the queue, one certificate next to what its company declared, and the decision to confirm or refuse it.
 */
@Controller
@RequestMapping("/agency/registration-certificates")
class CertificateCheckController {

	static final String QUEUE_VIEW = "company/certificates/queue";

	static final String CHECK_VIEW = "company/certificates/check";

	static final String QUEUE_REDIRECT = "redirect:/agency/registration-certificates";

	private final OwnershipCertificates certificates;

	CertificateCheckController(OwnershipCertificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping
	String queue(@AuthenticationPrincipal SignedInUser officer, Model model) {
		model.addAttribute("certificates", certificates.pending(officer));
		return QUEUE_VIEW;
	}

	@GetMapping("/{id}")
	String check(@PathVariable long id, @AuthenticationPrincipal SignedInUser officer, Model model) {
		return page(officer, id, CertificateRefusalForm.empty(), model);
	}

	@GetMapping("/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable long id, @RequestParam(name = "download", required = false) String download,
			@AuthenticationPrincipal SignedInUser officer) {
		StoredDocument document = certificates.file(officer, id);
		return download != null ? DocumentResponses.attachment(document) : DocumentResponses.inline(document);
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable long id, @AuthenticationPrincipal SignedInUser officer, RedirectAttributes redirect) {
		return answer(id, certificates.confirm(officer, id), redirect);
	}

	@PostMapping("/{id}/refuse")
	String refuse(@PathVariable long id, @ModelAttribute("refusal") CertificateRefusalForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser officer, Model model, RedirectAttributes redirect) {
		try {
			return answer(id, certificates.refuse(officer, id, form.reason()), redirect);
		}
		catch (CertificateRuleException refused) {
			result.rejectValue("reason", refused.messageKey(), refused.arguments(), refused.messageKey());
			return page(officer, id, form, model);
		}
	}

	private String answer(long id, Decision decision, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", decision.done() ? Notice.done(decision.messageKey())
				: Notice.warning(decision.messageKey()));
		return decision.done() ? QUEUE_REDIRECT : QUEUE_REDIRECT + "/" + id;
	}

	private String page(SignedInUser officer, long id, CertificateRefusalForm form, Model model) {
		model.addAttribute("check", certificates.check(officer, id));
		if (!model.containsAttribute("refusal")) {
			model.addAttribute("refusal", form);
		}
		model.addAttribute("maxReasonLength", OwnershipCertificates.MAX_REASON_LENGTH);
		return CHECK_VIEW;
	}

}
