package kr.sangsaeng.disbursement;

import java.time.LocalDate;

import kr.sangsaeng.shared.Won;

/**
 * A payment under a bank reference that a payment of the same loan already carries: the same transfer recorded a
 * second time. Reported on the reference; the bank API answers it with 409.
 */
public class PaymentReferenceUsedException extends LoanRuleException {

	/**
	 * The reference is held by the payment of {@code amount} on {@code disbursedOn}.
	 */
	public PaymentReferenceUsedException(String reference, LocalDate disbursedOn, Won amount) {
		super("reference", "loan.rule.referenceUsed", reference, disbursedOn, amount);
	}

	/**
	 * The reference was taken by a payment recorded at the same moment.
	 */
	public PaymentReferenceUsedException(String reference) {
		super("reference", "loan.rule.referenceTaken", reference);
	}

}
