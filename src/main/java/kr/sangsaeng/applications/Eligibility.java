package kr.sangsaeng.applications;

import java.util.List;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

/**
 * Whether an SME may apply to a programme now, and why not, check by check, in the order the SME reads them.
 *
 * @param checks each condition, passed or not
 * @param perSmeCap the most this SME may hold in the programme (by its partner tier)
 * @param exposure what it already holds or has asked for there
 * @param largestLoan the largest amount it may ask for now: its room under the cap, within the capacity left
 * @param partnerTier its best partner tier with the programme's funders (1–3), or 0 when on no list
 * @param pending its application awaiting a decision in this programme, if any
 */
public record Eligibility(List<Check> checks, Won perSmeCap, Won exposure, Won largestLoan, int partnerTier,
		ApplicationId pending) {

	/**
	 * One condition: its message key ({@code eligibility.KEY.passed} or {@code eligibility.KEY.failed}) and the
	 * values the message shows.
	 */
	public record Check(String key, boolean passed, List<Object> arguments) {

		public String messageKey() {
			return "eligibility." + key + (passed ? ".passed" : ".failed");
		}

	}

	public boolean eligible() {
		return checks.stream().allMatch(Check::passed);
	}

	public boolean hasPending() {
		return pending != null;
	}

}
