package kr.sangsaeng.applications;

import java.util.List;

import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.shared.Won;

/**
 * One agreement of a programme as an SME may choose it: whether it admits the SME, and if not why, what the SME
 * may hold under it and the largest amount it may ask for there now.
 *
 * @param refusal the message key of why the agreement does not admit the SME, {@code null} when it does
 * @param refusalArguments the values that message shows
 * @param perSmeCap the most the SME may hold under the agreement, by its partner tier
 * @param largestLoan its room under that cap, within the agreement's remaining capacity
 */
public record AgreementOption(Agreement agreement, String refusal, List<Object> refusalArguments, Won perSmeCap,
		Won largestLoan) {

	public AgreementOption {
		refusalArguments = List.copyOf(refusalArguments);
	}

	public boolean admitted() {
		return refusal == null;
	}

}
