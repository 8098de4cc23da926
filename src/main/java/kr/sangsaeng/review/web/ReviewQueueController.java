package kr.sangsaeng.review.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import kr.sangsaeng.applications.ApplicationCounts;
import kr.sangsaeng.applications.ApplicationQueue;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.review.ServiceLevels;
import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.SeoulTime;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The review queue of a guarantee agency: the submitted applications routed to the agreements it carries, and no
 * others (not those of another agency's agreement in the same programme), with counts per status, filters, search and orders, and the applications that have waited longer than
 * the agency's target marked.
 */
@Controller
class ReviewQueueController {

	static final String QUEUE_VIEW = "review/queue";

	private final ApplicationQueue queue;

	private final ApplicationCounts counts;

	private final ProgrammeCatalogue catalogue;

	private final ServiceLevels serviceLevels;

	private final Accounts accounts;

	ReviewQueueController(ApplicationQueue queue, ApplicationCounts counts, ProgrammeCatalogue catalogue,
			ServiceLevels serviceLevels, Accounts accounts) {
		this.queue = queue;
		this.counts = counts;
		this.catalogue = catalogue;
		this.serviceLevels = serviceLevels;
		this.accounts = accounts;
	}

	@GetMapping("/review")
	String queue(@ModelAttribute("filters") QueueFilter filters, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		AgencyCode agency = user.organisation().agencyCode();
		List<ProgrammeSummary> programmes = catalogue.all()
			.stream()
			.filter(candidate -> !candidate.agreementsOf(agency).isEmpty())
			.toList();
		List<ProgrammeCode> codes = programmes.stream().map(ProgrammeSummary::code).toList();
		List<AgreementCode> agreements = programmes.stream()
			.flatMap(programme -> programme.agreementsOf(agency).stream())
			.map(Agreement::code)
			.toList();
		Instant now = serviceLevels.now();
		ApplicationQueue.Waiting overdue = new ApplicationQueue.Waiting(serviceLevels.runningStatuses(),
				serviceLevels.overdueIfSubmittedBefore(agency, now));
		ApplicationQueue.Query query = filters.toQuery(codes, user.getUsername(), overdue, errors).within(agreements);
		ApplicationQueue.Page result = queue.search(query);
		ProgrammeCode chosenProgramme = query.programme();
		model.addAttribute("programmes", programmes);
		model.addAttribute("programmeNames", programmes.stream()
			.collect(Collectors.toMap(candidate -> candidate.code().value(), ProgrammeSummary::name)));
		model.addAttribute("statuses", Arrays.stream(ApplicationStatus.values())
			.filter(candidate -> candidate != ApplicationStatus.DRAFT)
			.toList());
		model.addAttribute("regions", Region.values());
		model.addAttribute("industries", IndustrySection.values());
		model.addAttribute("sorts", Arrays.stream(ApplicationQueue.Sort.values())
			.map(sort -> new Choice(QueueFilter.sortName(sort), "review.queue.sort." + QueueFilter.sortName(sort)))
			.toList());
		model.addAttribute("chosenSort", QueueFilter.sortName(query.sort()));
		model.addAttribute("counts", counts.byStatusOfAgreements(chosenProgramme == null ? agreements
				: programmes.stream()
					.filter(programme -> programme.code().equals(chosenProgramme))
					.flatMap(programme -> programme.agreementsOf(agency).stream())
					.map(Agreement::code)
					.toList())
			.entrySet()
			.stream()
			.collect(Collectors.toMap(entry -> entry.getKey().name(), Map.Entry::getValue)));
		model.addAttribute("result", result);
		model.addAttribute("rows", rows(result.lines(), agency, user.getUsername(), now));
		model.addAttribute("today", now.atZone(SeoulTime.ZONE).toLocalDate());
		model.addAttribute("target", serviceLevels.targetFor(agency));
		model.addAttribute("searchTrimmed", filters.isSearchTrimmed());
		return QUEUE_VIEW;
	}

	private List<QueueRow> rows(List<ApplicationQueue.Line> lines, AgencyCode agency, String me, Instant now) {
		Map<String, String> names = accounts.displayNames(lines.stream()
			.map(ApplicationQueue.Line::assignee)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		return lines.stream().map(line -> {
			boolean waits = line.status().awaitsAgency() && line.submittedAt() != null;
			String assigneeName = line.assignee() == null ? null
					: names.getOrDefault(line.assignee(), line.assignee());
			return new QueueRow(line, waits ? serviceLevels.workingDaysBetween(line.submittedAt(), now) : null,
					serviceLevels.isOverdue(agency, line.status(), line.submittedAt(), now),
					QueueRow.Elapsed.between(line.lastActionAt(), now), assigneeName, me.equals(line.assignee()));
		}).toList();
	}

	/**
	 * An option of a list: the value sent and the message key of its label.
	 */
	record Choice(String value, String messageKey) {
	}

}
