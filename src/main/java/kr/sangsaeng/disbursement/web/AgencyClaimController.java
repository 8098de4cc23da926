package kr.sangsaeng.disbursement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kr.sangsaeng.disbursement.ClaimNotFoundException;
import kr.sangsaeng.disbursement.ClaimStatus;
import kr.sangsaeng.disbursement.Claims;
import kr.sangsaeng.disbursement.LoanRuleException;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.system.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's claims queue and each claim's page: one person recommends what to pay, another approver pays it or
 * rejects the claim, and recoveries are recorded after the payment. Another agency's claim is not found.
 */
@Controller
class AgencyClaimController {

	private static final List<String> FORMS = List.of("recommendation", "payment", "rejection", "recovery");

	private final Claims claims;

	private final Clock clock;

	AgencyClaimController(Claims claims, Clock clock) {
		this.claims = claims;
		this.clock = clock;
	}

	@GetMapping("/claims")
	String queue(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<Claims.Entry> entries = claims.queue(user.organisation().agencyCode());
		model.addAttribute("open", entries.stream().filter(entry -> entry.claim().status().isOpen()).toList());
		model.addAttribute("decided", entries.stream().filter(entry -> !entry.claim().status().isOpen()).toList());
		return "disbursement/claims";
	}

	@GetMapping("/claims/{claim}")
	String show(@PathVariable("claim") String claim, @AuthenticationPrincipal SignedInUser user, Model model) {
		return show(entry(user, claim), user, model, null, null);
	}

	@PostMapping("/claims/{claim}/recommendation")
	String recommend(@PathVariable("claim") String claim, @ModelAttribute("recommendationForm") ClaimForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect,
			Locale locale) {
		Claims.Entry entry = entry(user, claim);
		Won amount = ClaimFormChecks.amount(form.getAmountWon(), "amountWon", errors);
		String note = ClaimFormChecks.reason(form.getNote(), "note", false, errors);
		return act(entry, user, errors, model, "recommendation", () -> {
			claims.recommend(user, entry.claim().id(), amount, note);
			redirect.addFlashAttribute("notice", "claim.notice.recommended");
			redirect.addFlashAttribute("noticeAmount", amount.inWords(locale));
		});
	}

	@PostMapping("/claims/{claim}/payment")
	String pay(@PathVariable("claim") String claim, @ModelAttribute("paymentForm") ClaimForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect,
			Locale locale) {
		Claims.Entry entry = entry(user, claim);
		LocalDate paidOn = ClaimFormChecks.date(form.getPaidOn(), "paidOn", errors);
		return act(entry, user, errors, model, "payment", () -> {
			Won paid = claims.pay(user, entry.claim().id(), paidOn).paid();
			redirect.addFlashAttribute("notice", "claim.notice.paid");
			redirect.addFlashAttribute("noticeAmount", paid.inWords(locale));
		});
	}

	@PostMapping("/claims/{claim}/rejection")
	String reject(@PathVariable("claim") String claim, @ModelAttribute("rejectionForm") ClaimForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		Claims.Entry entry = entry(user, claim);
		String reason = ClaimFormChecks.reason(form.getReason(), "reason", true, errors);
		return act(entry, user, errors, model, "rejection", () -> {
			claims.reject(user, entry.claim().id(), reason);
			redirect.addFlashAttribute("notice", "claim.notice.rejected");
		});
	}

	@PostMapping("/claims/{claim}/recoveries")
	String recover(@PathVariable("claim") String claim, @ModelAttribute("recoveryForm") ClaimForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect,
			Locale locale) {
		Claims.Entry entry = entry(user, claim);
		Won amount = ClaimFormChecks.amount(form.getAmountWon(), "amountWon", errors);
		LocalDate recoveredOn = ClaimFormChecks.date(form.getRecoveredOn(), "recoveredOn", errors);
		return act(entry, user, errors, model, "recovery", () -> {
			claims.recordRecovery(user, entry.claim().id(), amount, recoveredOn);
			redirect.addFlashAttribute("notice", "claim.notice.recovered");
			redirect.addFlashAttribute("noticeAmount", amount.inWords(locale));
		});
	}

	private String act(Claims.Entry entry, SignedInUser user, BindingResult errors, Model model, String used,
			Runnable action) {
		if (errors.hasErrors()) {
			return show(entry, user, model, used, errors);
		}
		try {
			action.run();
		}
		catch (LoanRuleException refused) {
			FormErrors.reject(errors, refused);
			return show(claims.ofAgency(user.organisation().agencyCode(), entry.claim().id()), user, model, used,
					errors);
		}
		return "redirect:/claims/" + entry.claim().id();
	}

	private String show(Claims.Entry entry, SignedInUser user, Model model, String used, BindingResult errors) {
		LocalDate today = SeoulTime.today(clock);
		for (String name : FORMS) {
			if (name.equals(used) && errors != null) {
				model.addAttribute(name + "Form", errors.getTarget());
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name + "Form", errors);
			}
			else {
				ClaimForm fresh = ClaimForm.startingOn(today);
				fresh.setAmountWon("recommendation".equals(name) ? Long.toString(entry.claim().claimed().value()) : "");
				model.addAttribute(name + "Form", fresh);
			}
		}
		ClaimStatus status = entry.claim().status();
		boolean approver = user.hasRole(Role.AGENCY_APPROVER);
		model.addAttribute("claim", entry.claim());
		model.addAttribute("claimList", List.of(entry.claim()));
		model.addAttribute("loan", entry.loan());
		model.addAttribute("guaranteedShare", entry.loan().guaranteeRatio().of(entry.claim().coveredLoss()));
		model.addAttribute("mayRecommend", status == ClaimStatus.FILED);
		model.addAttribute("mayPay", approver && status == ClaimStatus.RECOMMENDED
				&& !user.getUsername().equals(entry.claim().recommendedBy()));
		model.addAttribute("ownRecommendation", status == ClaimStatus.RECOMMENDED
				&& user.getUsername().equals(entry.claim().recommendedBy()));
		model.addAttribute("mayReject", approver && status.isOpen());
		model.addAttribute("mayRecover", status == ClaimStatus.PAID && !entry.claim().unrecovered().isZero());
		return "disbursement/claim";
	}

	private Claims.Entry entry(SignedInUser user, String claim) {
		if (claim == null || !claim.matches("[0-9]{1,18}")) {
			throw new ClaimNotFoundException();
		}
		return claims.ofAgency(user.organisation().agencyCode(), Long.parseLong(claim));
	}

}
