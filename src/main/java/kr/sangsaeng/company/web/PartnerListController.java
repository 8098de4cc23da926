package kr.sangsaeng.company.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.internal.Partner;
import kr.sangsaeng.company.internal.PartnerAlreadyListedException;
import kr.sangsaeng.company.internal.PartnerLists;
import kr.sangsaeng.company.internal.PartnerNotListedException;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.Institutions.Institution;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.InvalidBusinessRegistrationNumberException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The funders' partner lists for programme administrators: which funders have how many partners, one funder's list
 * with search, and adding, editing, removing and exporting partners.
 */
@Controller
@RequestMapping("/admin/partners")
class PartnerListController {

	static final String FUNDERS_VIEW = "company/partners/funders";

	static final String LIST_VIEW = "company/partners/list";

	static final String FORM_VIEW = "company/partners/form";

	static final String REMOVE_VIEW = "company/partners/remove";

	static final String LIST_REDIRECT = "redirect:/admin/partners/{funderCode}";

	static final int MAX_SEARCH_LENGTH = 100;

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private final PartnerLists lists;

	PartnerListController(PartnerLists lists) {
		this.lists = lists;
	}

	@GetMapping
	String funders(Model model) {
		model.addAttribute("funders", lists.funders());
		return FUNDERS_VIEW;
	}

	@GetMapping("/{funderCode}")
	String list(@PathVariable String funderCode, @RequestParam(required = false) String q,
			@RequestParam(required = false) String tier, @RequestParam(required = false) String page, Model model) {
		Institution funder = lists.funder(funderCode);
		// control characters are in no stored name, and PostgreSQL takes no NUL in a query
		String search = q == null ? "" : q.replaceAll("\\p{Cntrl}", " ").strip();
		if (search.length() > MAX_SEARCH_LENGTH) {
			search = search.substring(0, MAX_SEARCH_LENGTH);
		}
		PartnerTier chosenTier = tier(tier);
		model.addAttribute("funder", funder);
		model.addAttribute("q", search);
		model.addAttribute("tier", chosenTier);
		model.addAttribute("tiers", PartnerTier.values());
		model.addAttribute("partners", lists.search(funderCode, search, chosenTier, pageNumber(page) - 1));
		model.addAttribute("listSize", lists.count(funderCode));
		// the search goes in as a variable, so that braces in it are text rather than a template
		model.addAttribute("pageLink", UriComponentsBuilder.fromPath("/admin/partners/{code}")
			.queryParamIfPresent("q", Optional.of(search).filter(text -> !text.isEmpty()).map(text -> "{q}"))
			.queryParamIfPresent("tier", Optional.ofNullable(chosenTier).map(PartnerTier::number))
			.encode()
			.buildAndExpand(Map.of("code", funderCode, "q", search))
			.toUriString());
		return LIST_VIEW;
	}

	@GetMapping("/{funderCode}/new")
	String newPartner(@PathVariable String funderCode, Model model) {
		return form(lists.funder(funderCode), null, NewPartnerForm.empty(), model);
	}

	@PostMapping("/{funderCode}/new")
	String add(@PathVariable String funderCode, @Valid @ModelAttribute("partnerForm") NewPartnerForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		Institution funder = lists.funder(funderCode);
		BusinessRegistrationNumber number = null;
		if (!result.hasFieldErrors("businessRegistrationNumber")) {
			try {
				number = BusinessRegistrationNumber.parse(form.businessRegistrationNumber());
			}
			catch (InvalidBusinessRegistrationNumberException invalid) {
				result.rejectValue("businessRegistrationNumber", invalid.messageKey());
			}
		}
		if (result.hasErrors()) {
			return form(funder, null, form, model);
		}
		try {
			Partner added = lists.add(funderCode, number, form.companyName(), form.chosenTier(), user.getUsername());
			redirect.addFlashAttribute("notice",
					Notice.done("partner.notice.added", added.companyName(), added.number().formatted()));
			return LIST_REDIRECT;
		}
		catch (PartnerAlreadyListedException alreadyListed) {
			result.rejectValue("businessRegistrationNumber", "partner.form.number.taken");
			return form(funder, null, form, model);
		}
	}

	@GetMapping("/{funderCode}/{number}/edit")
	String edit(@PathVariable String funderCode, @PathVariable String number, Model model) {
		Partner partner = lists.partner(funderCode, listed(funderCode, number));
		return form(lists.funder(funderCode), partner, PartnerDetailsForm.of(partner), model);
	}

	@PostMapping("/{funderCode}/{number}/edit")
	String save(@PathVariable String funderCode, @PathVariable String number,
			@Valid @ModelAttribute("partnerForm") PartnerDetailsForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Partner partner = lists.partner(funderCode, listed(funderCode, number));
		if (result.hasErrors()) {
			return form(lists.funder(funderCode), partner, form, model);
		}
		Partner edited = lists.edit(funderCode, partner.number(), form.companyName(), form.chosenTier(),
				user.getUsername());
		redirect.addFlashAttribute("notice",
				Notice.done("partner.notice.edited", edited.companyName(), edited.number().formatted()));
		return LIST_REDIRECT;
	}

	@GetMapping("/{funderCode}/{number}/remove")
	String confirmRemoval(@PathVariable String funderCode, @PathVariable String number, Model model) {
		model.addAttribute("partner", lists.partner(funderCode, listed(funderCode, number)));
		model.addAttribute("funder", lists.funder(funderCode));
		return REMOVE_VIEW;
	}

	@PostMapping("/{funderCode}/{number}/remove")
	String remove(@PathVariable String funderCode, @PathVariable String number,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		Partner partner = lists.partner(funderCode, listed(funderCode, number));
		lists.remove(funderCode, partner.number(), user.getUsername());
		redirect.addFlashAttribute("notice",
				Notice.done("partner.notice.removed", partner.companyName(), partner.number().formatted()));
		return LIST_REDIRECT;
	}

	@GetMapping("/{funderCode}/export")
	void export(@PathVariable String funderCode, Locale locale, HttpServletResponse response) throws IOException {
		lists.funder(funderCode);
		String fileName = "partners-" + funderCode + "-" + LocalDate.now(SEOUL).format(DateTimeFormatter.BASIC_ISO_DATE)
				+ ".csv";
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		lists.export(funderCode, locale, response.getOutputStream());
	}

	private String form(Institution funder, Partner partner, Object form, Model model) {
		model.addAttribute("funder", funder);
		model.addAttribute("partner", partner);
		model.addAttribute("partnerForm", form);
		model.addAttribute("tiers", PartnerTier.values());
		return FORM_VIEW;
	}

	private static BusinessRegistrationNumber listed(String funderCode, String number) {
		if (!BusinessRegistrationNumber.isValid(number)) {
			throw new PartnerNotListedException(funderCode, number);
		}
		return BusinessRegistrationNumber.parse(number);
	}

	private static PartnerTier tier(String typed) {
		if (typed == null || !typed.matches("[1-3]")) {
			return null;
		}
		return PartnerTier.of(Integer.parseInt(typed)).orElse(null);
	}

	private static int pageNumber(String typed) {
		if (typed == null || !typed.matches("[0-9]{1,6}")) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(typed));
	}

}
