package kr.sangsaeng.disbursement;

/**
 * The loan waits for its guarantee certificate: not yet issued (the SME has not accepted the agreement or its fee is
 * not paid), or issued and not yet acknowledged by the bank. Nothing may be paid out before.
 */
public class CertificateNotAcknowledgedException extends LoanRuleException {

	CertificateNotAcknowledgedException(String messageKey) {
		super(null, messageKey);
	}

}
