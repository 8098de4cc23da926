package kr.sangsaeng.disbursement.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kr.sangsaeng.disbursement.LoanStatus;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.BankCode;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The guaranteed loans of the officer's bank, newest first, with how many are in each status, filters and search.
 * Other banks' loans do not exist here.
 */
@Controller
class LoanListController {

	static final String LIST_VIEW = "disbursement/list";

	private final Loans loans;

	private final ProgrammeCatalogue catalogue;

	LoanListController(Loans loans, ProgrammeCatalogue catalogue) {
		this.loans = loans;
		this.catalogue = catalogue;
	}

	@GetMapping("/disbursements")
	String list(@ModelAttribute("filters") LoanFilter filters, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		BankCode bank = user.organisation().bankCode();
		List<ProgrammeSummary> programmes = catalogue.all();
		List<ProgrammeSummary> lentByBank = programmes.stream()
			.filter(candidate -> candidate.isLentBy(bank))
			.toList();
		List<ProgrammeCode> codes = lentByBank.stream().map(ProgrammeSummary::code).toList();
		Loans.Page result = loans.ofBank(bank, filters.toFilter(codes), filters.pageNumber());
		Map<LoanStatus, Long> counts = loans.countsByStatus(bank);
		model.addAttribute("result", result);
		model.addAttribute("programmes", lentByBank);
		model.addAttribute("programmeNames", programmes.stream()
			.collect(Collectors.toMap(candidate -> candidate.code().value(), ProgrammeSummary::name)));
		model.addAttribute("statuses", LoanStatus.values());
		model.addAttribute("counts", counts.entrySet()
			.stream()
			.collect(Collectors.toMap(entry -> entry.getKey().name(), Map.Entry::getValue)));
		model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("chosenStatus", filters.chosenStatus() == null ? "" : filters.chosenStatus().name());
		model.addAttribute("chosenProgramme", filters.chosenProgramme(codes));
		model.addAttribute("ignoredFilters", filters.hasIgnoredValues(codes));
		model.addAttribute("searching", !filters.searchText().isEmpty() || filters.chosenStatus() != null
				|| filters.chosenProgramme(codes) != null);
		return LIST_VIEW;
	}

}
