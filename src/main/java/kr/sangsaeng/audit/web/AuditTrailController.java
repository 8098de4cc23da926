package kr.sangsaeng.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import kr.sangsaeng.audit.AuditChain;
import kr.sangsaeng.audit.AuditPage;
import kr.sangsaeng.audit.AuditQuery;
import kr.sangsaeng.audit.AuditTrail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The audit trail for administrators: filtered by subject, user, action and period, newest first, a page at a
 * time; and the verification of its hash chain.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditTrailController {

	static final String TRAIL_VIEW = "audit/trail";

	static final String PATH = "/admin/audit";

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final AuditChain chain;

	private final AuditEntryPresenter presenter;

	AuditTrailController(AuditTrail trail, AuditChain chain, AuditEntryPresenter presenter) {
		this.trail = trail;
		this.chain = chain;
		this.presenter = presenter;
	}

	@GetMapping
	String trail(@ModelAttribute("filter") AuditTrailFilter filter, BindingResult errors, Locale locale,
			Model model) {
		AuditQuery query = filter.toQuery(PAGE_SIZE, errors);
		model.addAttribute("filtered", !filter.isEmpty());
		if (query == null) {
			model.addAttribute("entries", List.of());
			return TRAIL_VIEW;
		}
		AuditPage page = trail.search(query);
		model.addAttribute("query", query);
		model.addAttribute("entries", page.entries().stream().map(entry -> presenter.present(entry, locale)).toList());
		model.addAttribute("olderPage", page.hasOlder() ? link(filter, page.olderBefore()) : null);
		model.addAttribute("firstPage", query.before() != null ? link(filter, null) : null);
		return TRAIL_VIEW;
	}

	@PostMapping("/verify")
	String verify(RedirectAttributes redirect) {
		redirect.addFlashAttribute("verification", chain.verify());
		return "redirect:" + PATH;
	}

	/**
	 * The trail with the same filters, from the entry before {@code before} on (or from the newest).
	 */
	private static String link(AuditTrailFilter filter, Long before) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("subject", filter.getSubject());
		parameters.put("username", filter.getUsername());
		parameters.put("action", filter.getAction());
		parameters.put("from", filter.getFrom());
		parameters.put("to", filter.getTo());
		parameters.put("before", before == null ? null : before.toString());
		String query = parameters.entrySet()
			.stream()
			.filter(parameter -> parameter.getValue() != null && !parameter.getValue().isBlank())
			.map(parameter -> parameter.getKey() + "="
					+ URLEncoder.encode(parameter.getValue().strip(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? PATH : PATH + "?" + query;
	}

}
