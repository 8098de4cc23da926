package kr.sangsaeng.disbursement.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.disbursement.LoanStatus;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.program.ProgrammeCode;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of a bank's loan list as the officer chose or typed them. A status or programme that does not
 * exist for the bank, or a page that is no number, is ignored and reported as such.
 */
public class LoanFilter {

	static final int SEARCH_LIMIT = 100;

	private String q = "";

	private String status = "";

	private String programme = "";

	private String page = "";

	/**
	 * The search as the loans service reads it, among the loans of {@code programmes}.
	 */
	Loans.Filter toFilter(Collection<ProgrammeCode> programmes) {
		return new Loans.Filter(chosenStatus(), chosenProgramme(programmes), searchText());
	}

	LoanStatus chosenStatus() {
		return Arrays.stream(LoanStatus.values())
			.filter(candidate -> candidate.name().equals(strip(status)))
			.findFirst()
			.orElse(null);
	}

	ProgrammeCode chosenProgramme(Collection<ProgrammeCode> programmes) {
		return ProgrammeCode.chosenAmong(programmes, strip(programme));
	}

	public String searchText() {
		// control characters are in no stored name, and PostgreSQL takes no NUL in a query
		String text = strip(q).replaceAll("\\p{Cntrl}", " ").strip();
		return text.length() > SEARCH_LIMIT ? text.substring(0, SEARCH_LIMIT) : text;
	}

	int pageNumber() {
		return strip(page).matches("[0-9]{1,6}") ? Integer.parseInt(strip(page)) : 0;
	}

	public boolean isSearchTrimmed() {
		return strip(q).length() > SEARCH_LIMIT;
	}

	/**
	 * Whether a filter was given that is not one of the choices offered, so was left out.
	 */
	boolean hasIgnoredValues(Collection<ProgrammeCode> programmes) {
		return (!strip(status).isEmpty() && chosenStatus() == null)
				|| (!strip(programme).isEmpty() && chosenProgramme(programmes) == null)
				|| (!strip(page).isEmpty() && !strip(page).matches("[0-9]{1,6}"));
	}

	public String pageLink(int pageNumber) {
		Map<String, String> parameters = parameters();
		parameters.put("page", pageNumber > 0 ? Integer.toString(pageNumber) : null);
		return link(parameters);
	}

	/**
	 * The list with the same search, but only the loans in {@code chosen} status (all of them when it is empty).
	 */
	public String statusLink(String chosen) {
		Map<String, String> parameters = parameters();
		parameters.put("status", chosen);
		return link(parameters);
	}

	private Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("q", searchText());
		parameters.put("status", chosenStatus() == null ? null : chosenStatus().name());
		parameters.put("programme", strip(programme));
		return parameters;
	}

	private static String link(Map<String, String> parameters) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/disbursements");
		parameters.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				link.queryParam(name, value);
			}
		});
		return link.encode().build().toUriString();
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getProgramme() {
		return programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
	}

	public String getPage() {
		return page;
	}

	public void setPage(String page) {
		this.page = page;
	}

}
