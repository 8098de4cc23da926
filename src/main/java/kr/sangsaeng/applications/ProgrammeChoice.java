package kr.sangsaeng.applications;

import java.util.List;

import kr.sangsaeng.program.ProgrammeSummary;

/**
 * A programme as an SME's start page shows it, by what the eligibility check says for that SME.
 *
 * @param reasons the checks that failed: why it cannot apply now, or what must change first
 */
public record ProgrammeChoice(ProgrammeSummary programme, Standing standing, List<Eligibility.Check> reasons) {

	/**
	 * Where the SME stands with a programme.
	 */
	public enum Standing {

		/** Every condition is met. */
		CAN_APPLY,
		/** It has an application there awaiting a decision. */
		APPLIED,
		/** Only conditions that change with time or with the SME's own action fail: the window, the
		 * programme's status or capacity, the company profile. */
		LATER,
		/** A condition fails that the SME cannot change: its industry, the partner lists, its cap. */
		NOT_FOR_YOU;

		public String messageKey() {
			return "home.choice." + name();
		}

	}

}
