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

import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.internal.PartnerLists;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The funders' partner lists: for programme administrators, which funders have how many partners; for them and for
 * each funder (its own list only), a list with search, and its export. Partners are added, edited and removed by
 * {@link PartnerController}.
 */
@Controller
class PartnerListController {

	static final String FUNDERS_VIEW = "company/partners/funders";

	static final String LIST_VIEW = "company/partners/list";

	static final int MAX_SEARCH_LENGTH = 100;

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private final PartnerLists lists;

	PartnerListController(PartnerLists lists) {
		this.lists = lists;
	}

	@GetMapping("/admin/partners")
	String funders(Model model) {
		model.addAttribute("funders", lists.funders());
		return FUNDERS_VIEW;
	}

	@GetMapping({ "/admin/partners/{funderCode}", "/funder/partners" })
	String list(PartnerListScope scope, @RequestParam(required = false) String q,
			@RequestParam(required = false) String tier, @RequestParam(required = false) String page, Model model) {
		String funderCode = scope.funderCode();
		// control characters are in no stored name, and PostgreSQL takes no NUL in a query
		String search = q == null ? "" : q.replaceAll("\\p{Cntrl}", " ").strip();
		if (search.length() > MAX_SEARCH_LENGTH) {
			search = search.substring(0, MAX_SEARCH_LENGTH);
		}
		PartnerTier chosenTier = tier(tier);
		model.addAttribute("funder", scope.funder());
		model.addAttribute("scope", scope);
		model.addAttribute("q", search);
		model.addAttribute("tier", chosenTier);
		model.addAttribute("tiers", PartnerTier.values());
		model.addAttribute("partners", lists.search(funderCode, search, chosenTier, pageNumber(page) - 1));
		model.addAttribute("listSize", lists.count(funderCode));
		// the search goes in as a variable, so that braces in it are text rather than a template
		model.addAttribute("pageLink", UriComponentsBuilder.fromPath(scope.path())
			.queryParamIfPresent("q", Optional.of(search).filter(text -> !text.isEmpty()).map(text -> "{q}"))
			.queryParamIfPresent("tier", Optional.ofNullable(chosenTier).map(PartnerTier::number))
			.encode()
			.buildAndExpand(Map.of("q", search))
			.toUriString());
		return LIST_VIEW;
	}

	@GetMapping({ "/admin/partners/{funderCode}/export", "/funder/partners/export" })
	void export(PartnerListScope scope, Locale locale, HttpServletResponse response) throws IOException {
		String funderCode = scope.funderCode();
		String fileName = "partners-" + funderCode + "-" + LocalDate.now(SEOUL).format(DateTimeFormatter.BASIC_ISO_DATE)
				+ ".csv";
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		lists.export(funderCode, locale, response.getOutputStream());
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
