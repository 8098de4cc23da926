package kr.sangsaeng.dashboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the applications can be grouped by. {@code parameter} is how the pages name it ({@code ?by=region}).
 */
public enum Breakdown {

	/**
	 * The agency that issued the guarantee, or while none is issued the agency of the agreement the application is
	 * routed to: within a programme, its agreements.
	 */
	AGENCY,
	/** The bank the SME chose to lend. */
	BANK,
	/** The funder whose partner list names the SME at its closest tier. */
	FUNDER,
	/** Where the company's head office was when it applied (시도). */
	REGION,
	/** Its KSIC section when it applied. */
	INDUSTRY,
	/** Its size class by head count when it applied. */
	SIZE,
	/** Its closest partner tier with the programme's funders. */
	TIER;

	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "dashboard.by." + parameter();
	}

	public static Optional<Breakdown> ofParameter(String parameter) {
		return Arrays.stream(values()).filter(candidate -> candidate.parameter().equals(parameter)).findFirst();
	}

}
