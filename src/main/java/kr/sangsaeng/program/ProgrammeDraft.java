package kr.sangsaeng.program;

import java.util.List;

import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Won;

/**
 * Everything an administrator sets on a programme, checked and ready to apply. The first agency leads.
 */
public record ProgrammeDraft(LocalizedName name, LocalizedName description, List<String> agencyCodes,
		List<String> bankCodes, List<FunderShare> funders, ProgrammeTerms terms) {

	public ProgrammeDraft {
		agencyCodes = List.copyOf(agencyCodes);
		bankCodes = List.copyOf(bankCodes);
		funders = List.copyOf(funders);
	}

	/**
	 * A funder and its contribution, if known.
	 */
	public record FunderShare(String funderCode, Won contribution) {
	}

}
