package kr.sangsaeng.review.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kr.sangsaeng.applications.ApplicationQueue;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeSummary;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review queue of a guarantee agency: the submitted applications of the programmes it guarantees, and no
 * others, in receipt order, with counts per status, filters and search.
 */
@Controller
class ReviewQueueController {

	static final String QUEUE_VIEW = "review/queue";

	static final int SEARCH_LIMIT = 100;

	private final ApplicationQueue queue;

	private final ProgrammeCatalogue catalogue;

	ReviewQueueController(ApplicationQueue queue, ProgrammeCatalogue catalogue) {
		this.queue = queue;
		this.catalogue = catalogue;
	}

	@GetMapping("/review")
	String queue(@RequestParam(required = false) String programme, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") String page,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		List<ProgrammeSummary> programmes = catalogue.all()
			.stream()
			.filter(candidate -> candidate.isGuaranteedBy(user.organisation().code()))
			.toList();
		List<String> codes = programmes.stream().map(candidate -> candidate.code().value()).toList();
		String chosenProgramme = codes.contains(programme) ? programme : null;
		ApplicationStatus chosenStatus = Arrays.stream(ApplicationStatus.values())
			.filter(candidate -> candidate.name().equals(status))
			.findFirst()
			.orElse(null);
		String text = q == null ? "" : q.strip();
		if (text.length() > SEARCH_LIMIT) {
			text = text.substring(0, SEARCH_LIMIT);
			model.addAttribute("searchTrimmed", true);
		}
		int pageNumber = page.matches("[0-9]{1,6}") ? Integer.parseInt(page) : 0;
		model.addAttribute("programmes", programmes);
		model.addAttribute("statuses", Arrays.stream(ApplicationStatus.values())
			.filter(candidate -> candidate != ApplicationStatus.DRAFT)
			.toList());
		model.addAttribute("counts", queue.countsByStatus(codes)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(entry -> entry.getKey().name(), Map.Entry::getValue)));
		model.addAttribute("result",
				queue.search(new ApplicationQueue.Query(codes, chosenProgramme, chosenStatus, text, pageNumber)));
		model.addAttribute("programme", chosenProgramme);
		model.addAttribute("status", chosenStatus == null ? null : chosenStatus.name());
		model.addAttribute("q", text);
		model.addAttribute("programmeNames", programmes.stream()
			.collect(Collectors.toMap(candidate -> candidate.code().value(),
					ProgrammeSummary::name)));
		return QUEUE_VIEW;
	}

}
