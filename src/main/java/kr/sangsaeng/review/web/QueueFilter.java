package kr.sangsaeng.review.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kr.sangsaeng.applications.ApplicationQueue.Sort;
import kr.sangsaeng.applications.ApplicationQueue;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.shared.WonInput;

import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the review queue as the reviewer chose or typed them. Unknown choices (a status or region that
 * does not exist, a programme of another agency) are ignored; typed amounts and dates that cannot be read are
 * reported on their field and left out of the search. Days are days in Korea, both ends included.
 */
public class QueueFilter {

	static final int SEARCH_LIMIT = 100;

	static final String ASSIGNED_TO_ME = "me";

	static final String UNASSIGNED = "none";

	/** The status filter's value for applications in any status. */
	static final String ALL_STATUSES = "ALL";

	/** What the queue shows unless asked otherwise: the applications that wait for the agency. */
	static final Set<ApplicationStatus> WAITING_FOR_WORK = Arrays.stream(ApplicationStatus.values())
		.filter(ApplicationStatus::awaitsAgency)
		.collect(Collectors.toUnmodifiableSet());

	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 9999;

	private String q = "";

	private String programme = "";

	private String status = "";

	private String min = "";

	private String max = "";

	private String region = "";

	private String industry = "";

	private String from = "";

	private String to = "";

	private String assigned = "";

	private String overdue = "";

	private String sort = "";

	private String page = "";

	private boolean searchTrimmed;

	/**
	 * The query these filters ask for within {@code programmes}. Filters whose text cannot be read are rejected
	 * on {@code errors} and left out.
	 *
	 * @param me the username of the reviewer, for the applications assigned to them
	 * @param overdue which applications are overdue now
	 */
	ApplicationQueue.Query toQuery(Collection<ProgrammeCode> programmes, String me, ApplicationQueue.Waiting overdue,
			Errors errors) {
		Won minAmount = amount("min", min, errors);
		Won maxAmount = amount("max", max, errors);
		if (minAmount != null && maxAmount != null && minAmount.isGreaterThan(maxAmount)) {
			errors.rejectValue("max", "review.queue.error.amountRange");
			minAmount = null;
			maxAmount = null;
		}
		LocalDate firstDay = date("from", from, errors);
		LocalDate lastDay = date("to", to, errors);
		if (firstDay != null && lastDay != null && firstDay.isAfter(lastDay)) {
			errors.rejectValue("to", "review.queue.error.dateRange");
			firstDay = null;
			lastDay = null;
		}
		Instant submittedFrom = firstDay == null ? null : firstDay.atStartOfDay(SeoulTime.ZONE).toInstant();
		Instant submittedUntil = lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(SeoulTime.ZONE).toInstant();
		return new ApplicationQueue.Query(programmes, chosenProgramme(programmes), chosenStatuses(), searchText(),
				minAmount, maxAmount, chosenRegion(), chosenIndustry(), submittedFrom, submittedUntil,
				isAssignedToMe() ? me : null, isUnassigned(), isOverdueOnly() ? overdue : null, chosenSort(),
				pageNumber());
	}

	ProgrammeCode chosenProgramme(Collection<ProgrammeCode> programmes) {
		return ProgrammeCode.chosenAmong(programmes, programme);
	}

	/**
	 * The statuses shown: the one chosen, every status when {@link #ALL_STATUSES} is chosen, and otherwise (no
	 * choice, or one that does not exist) those of the applications that wait for the agency's work.
	 */
	Set<ApplicationStatus> chosenStatuses() {
		if (ALL_STATUSES.equals(status)) {
			return Set.of();
		}
		return Arrays.stream(ApplicationStatus.values())
			.filter(candidate -> candidate != ApplicationStatus.DRAFT && candidate.name().equals(status))
			.findFirst()
			.map(Set::of)
			.orElse(WAITING_FOR_WORK);
	}

	/**
	 * Whether the queue shows what waits for work, as it does unless a status or all statuses are chosen.
	 */
	public boolean isWaitingForWork() {
		return chosenStatuses().equals(WAITING_FOR_WORK);
	}

	Region chosenRegion() {
		return Arrays.stream(Region.values())
			.filter(candidate -> candidate.name().equals(region))
			.findFirst()
			.orElse(null);
	}

	IndustrySection chosenIndustry() {
		return Arrays.stream(IndustrySection.values())
			.filter(candidate -> candidate.name().equals(industry))
			.findFirst()
			.orElse(null);
	}

	Sort chosenSort() {
		return Arrays.stream(Sort.values())
			.filter(candidate -> sortName(candidate).equals(sort))
			.findFirst()
			.orElse(Sort.RECEIPT);
	}

	public boolean isAssignedToMe() {
		return ASSIGNED_TO_ME.equals(assigned);
	}

	public boolean isUnassigned() {
		return UNASSIGNED.equals(assigned);
	}

	public boolean isOverdueOnly() {
		return overdue != null && !overdue.isBlank() && !"false".equalsIgnoreCase(overdue.strip());
	}

	/**
	 * How many of the filters that are folded away by default are in use.
	 */
	public int moreFiltersInUse() {
		int inUse = 0;
		for (String value : new String[] { min, max, region, industry, from, to, assigned }) {
			if (value != null && !value.isBlank()) {
				inUse++;
			}
		}
		return inUse + (isOverdueOnly() ? 1 : 0);
	}

	/**
	 * The search text as used: stripped and cut to {@value #SEARCH_LIMIT} characters.
	 */
	String searchText() {
		// control characters are in no stored name, and PostgreSQL takes no NUL in a query
		String text = q == null ? "" : q.replaceAll("\\p{Cntrl}", " ").strip();
		if (text.length() > SEARCH_LIMIT) {
			searchTrimmed = true;
			return text.substring(0, SEARCH_LIMIT);
		}
		return text;
	}

	int pageNumber() {
		return page != null && page.matches("[0-9]{1,6}") ? Integer.parseInt(page) : 0;
	}

	/**
	 * The link to this page of the queue with the same filters.
	 */
	public String pageLink(int pageNumber) {
		Map<String, String> parameters = parameters();
		parameters.put("page", pageNumber > 0 ? Integer.toString(pageNumber) : null);
		return link(parameters);
	}

	/**
	 * The link to the queue with the same filters, but only the applications in {@code chosen} status.
	 */
	public String statusLink(String chosen) {
		Map<String, String> parameters = parameters();
		parameters.put("status", chosen);
		return link(parameters);
	}

	public static String sortName(Sort sort) {
		return sort.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("q", searchText());
		parameters.put("programme", programme);
		parameters.put("status", status);
		parameters.put("min", min);
		parameters.put("max", max);
		parameters.put("region", region);
		parameters.put("industry", industry);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("assigned", assigned);
		parameters.put("overdue", isOverdueOnly() ? "true" : null);
		parameters.put("sort", chosenSort() == Sort.RECEIPT ? null : sortName(chosenSort()));
		return parameters;
	}

	private static String link(Map<String, String> parameters) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/review");
		parameters.entrySet()
			.stream()
			.filter(parameter -> parameter.getValue() != null && !parameter.getValue().isBlank())
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().strip(), (a, b) -> a,
					LinkedHashMap::new))
			.forEach(link::queryParam);
		return link.encode().build().toUriString();
	}

	private static Won amount(String field, String value, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return WonInput.parse(value);
		}
		catch (InvalidAmountException unreadable) {
			errors.rejectValue(field, "review.queue.error.amount");
			return null;
		}
	}

	private static LocalDate date(String field, String value, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR) {
				return day;
			}
		}
		catch (DateTimeParseException notADate) {
			// explained below
		}
		errors.rejectValue(field, "review.queue.error.date");
		return null;
	}

	public boolean isSearchTrimmed() {
		return searchTrimmed;
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getProgramme() {
		return programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getMin() {
		return min;
	}

	public void setMin(String min) {
		this.min = min;
	}

	public String getMax() {
		return max;
	}

	public void setMax(String max) {
		this.max = max;
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getIndustry() {
		return industry;
	}

	public void setIndustry(String industry) {
		this.industry = industry;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getAssigned() {
		return assigned;
	}

	public void setAssigned(String assigned) {
		this.assigned = assigned;
	}

	public String getOverdue() {
		return overdue;
	}

	public void setOverdue(String overdue) {
		this.overdue = overdue;
	}

	public String getSort() {
		return sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

	public String getPage() {
		return page;
	}

	public void setPage(String page) {
		this.page = page;
	}

}
