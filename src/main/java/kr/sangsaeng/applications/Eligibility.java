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
 * @param agreementOptions the programme's agreements side by side as the SME may choose among them
 */
public record Eligibility(List<Check> checks, Won perSmeCap, Won exposure, Won largestLoan, int partnerTier,
		ApplicationId pending, List<AgreementOption> agreementOptions) {

	/**
	 * One condition: its message key ({@code eligibility.KEY.passed} or {@code eligibility.KEY.failed}) and the
	 * values the message shows.
	 */
	public record Check(String key, boolean passed, List<Object> arguments) {

		public String messageKey() {
			return "eligibility." + key + (passed ? ".passed" : ".failed");
		}

	}

	/** The company has proved its business registration number. */
	public static final String VERIFIED = "verified";

	/** Another company proved the business registration number this company claimed. */
	public static final String SUPERSEDED = "superseded";

	/** The claimed number is on a partner list, which counts once the company has proved the number. */
	public static final String PARTNER_CLAIMED = "partnerClaimed";

	private static final java.util.Set<String> AWAIT_PROOF = java.util.Set.of(VERIFIED, SUPERSEDED, PARTNER_CLAIMED);

	public boolean eligible() {
		return checks.stream().allMatch(Check::passed);
	}

	/**
	 * Whether the SME may prepare a draft: every check passes but those that wait for it to prove its business
	 * registration number.
	 */
	public boolean mayDraft() {
		return checks.stream().allMatch(check -> check.passed() || AWAIT_PROOF.contains(check.key()));
	}

	/**
	 * Whether the company still has to prove its business registration number before it may submit.
	 */
	public boolean awaitsProof() {
		return checks.stream().anyMatch(check -> !check.passed() && AWAIT_PROOF.contains(check.key()));
	}

	/**
	 * Whether another company proved the number this company claimed.
	 */
	public boolean superseded() {
		return checks.stream().anyMatch(check -> check.key().equals(SUPERSEDED));
	}

	public boolean hasPending() {
		return pending != null;
	}

}
