package kr.sangsaeng.company.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;

import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.RecommendationNotFoundException;
import kr.sangsaeng.company.RecommendationRuleException;
import kr.sangsaeng.company.RecommendationView;
import kr.sangsaeng.company.Recommendations;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.InvalidBusinessRegistrationNumberException;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.shared.WonInput;
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
 * A funder's recommendations (추천): the list, a new one, its letter (추천서) as a PDF, and withdrawing one that is
 * unused. Another funder's recommendation is not found.
 */
@Controller
@RequestMapping("/funder/recommendations")
class RecommendationController {

	static final String LIST_VIEW = "company/recommendations/list";

	static final String FORM_VIEW = "company/recommendations/form";

	static final String LIST_REDIRECT = "redirect:/funder/recommendations";

	private final Recommendations recommendations;

	RecommendationController(Recommendations recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		FunderCode funder = user.organisation().funderCode();
		model.addAttribute("recommendations", recommendations.of(funder)
			.stream()
			.map(recommendation -> new RecommendationRow(recommendation, recommendations.withdrawable(recommendation)))
			.toList());
		model.addAttribute("today", recommendations.today());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newRecommendation(@RequestParam(required = false) String number, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		String prefilled = number != null && BusinessRegistrationNumber.isValid(number) ? number : "";
		return form(RecommendationForm.empty(prefilled), user, model);
	}

	@PostMapping("/new")
	String recommend(@Valid @ModelAttribute("recommendationForm") RecommendationForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		BusinessRegistrationNumber number = null;
		if (!result.hasFieldErrors("businessNumber")) {
			try {
				number = BusinessRegistrationNumber.parse(form.businessNumber());
			}
			catch (InvalidBusinessRegistrationNumberException invalid) {
				result.rejectValue("businessNumber", invalid.messageKey());
			}
		}
		if (!result.hasFieldErrors("agreementCode") && !AgreementCode.isWellFormed(form.agreementCode())) {
			result.rejectValue("agreementCode", "recommendation.error.agreement");
		}
		Won amount = null;
		if (!result.hasFieldErrors("amount")) {
			try {
				amount = WonInput.parse(form.amount());
			}
			catch (InvalidAmountException invalid) {
				result.rejectValue("amount", invalid.messageKey());
			}
		}
		LocalDate validUntil = null;
		if (!result.hasFieldErrors("validUntil")) {
			try {
				validUntil = LocalDate.parse(form.validUntil().strip());
			}
			catch (DateTimeParseException notADate) {
				result.rejectValue("validUntil", "recommendation.error.validUntil.format");
			}
		}
		if (result.hasErrors()) {
			return form(form, user, model);
		}
		try {
			RecommendationView issued = recommendations.recommend(user.organisation().funderCode(), number,
					new AgreementCode(form.agreementCode()), PartnerTier.valueOf(form.tier()), amount, validUntil,
					user.getUsername());
			redirect.addFlashAttribute("notice",
					Notice.done("recommendation.notice.issued", issued.companyName(), issued.letterNumber()));
			return LIST_REDIRECT;
		}
		catch (RecommendationRuleException refused) {
			result.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
			return form(form, user, model);
		}
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		try {
			RecommendationView withdrawn = recommendations.withdraw(user.organisation().funderCode(), id(id),
					user.getUsername());
			redirect.addFlashAttribute("notice",
					Notice.done("recommendation.notice.withdrawn", withdrawn.companyName(), withdrawn.letterNumber()));
		}
		catch (RecommendationRuleException refused) {
			redirect.addFlashAttribute("notice", Notice.warning(refused.messageKey()));
		}
		return LIST_REDIRECT;
	}

	@GetMapping("/{id}/letter.pdf")
	ResponseEntity<byte[]> letter(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
		return DocumentResponses.inline(
				recommendations.letter(recommendations.one(user.organisation().funderCode(), id(id))));
	}

	private String form(RecommendationForm form, SignedInUser user, Model model) {
		model.addAttribute("recommendationForm", form);
		model.addAttribute("agreements", recommendations.agreementsOf(user.organisation().funderCode()));
		model.addAttribute("tiers", PartnerTier.values());
		model.addAttribute("today", recommendations.today());
		return FORM_VIEW;
	}

	private static long id(String typed) {
		if (typed == null || !typed.matches("[0-9]{1,18}")) {
			throw new RecommendationNotFoundException();
		}
		return Long.parseLong(typed);
	}

	record RecommendationRow(RecommendationView recommendation, boolean withdrawable) {
	}

}
