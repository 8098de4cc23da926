package kr.sangsaeng;

import java.util.Locale;

import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.disbursement.Loan;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.review.GuaranteeAgreements;
import kr.sangsaeng.review.ReviewRuleException;
import kr.sangsaeng.shared.ApplicationId;

import org.springframework.stereotype.Component;

/**
 * Takes an approved application from its guarantee to a loan the bank may pay out, as the SME and the bank do it:
 * the representative accepts the agreement, the fee is recorded as paid and the bank acknowledges the certificate.
 */
@Component
public class CertificateDeliveries {

	private final GuaranteeApplications applications;

	private final GuaranteeAgreements agreements;

	private final Loans loans;

	CertificateDeliveries(GuaranteeApplications applications, GuaranteeAgreements agreements, Loans loans) {
		this.applications = applications;
		this.agreements = agreements;
		this.loans = loans;
	}

	/**
	 * The SME accepts the agreement and its fee is recorded as paid: the certificate goes to the bank.
	 */
	public void issueCertificate(ApplicationId id) {
		ApplicationView application = applications.details(id).orElseThrow().application();
		if (agreements.acceptance(id).isEmpty()) {
			try {
				agreements.accept(application, application.representativeName(), Locale.KOREAN, "sme.test",
						"127.0.0.1");
			}
			catch (ReviewRuleException acceptedMeanwhile) {
				// another test thread accepted it first
			}
		}
		if (agreements.certificateIssuedAt(id).isEmpty()) {
			try {
				agreements.recordFeePaid(application, "sme.test");
			}
			catch (ReviewRuleException paidMeanwhile) {
				// another test thread recorded it first
			}
		}
	}

	/**
	 * The certificate issued and acknowledged by the bank: the loan may be paid out. What is done already is left
	 * as it is, so that concurrent test threads may ask for the same loan.
	 */
	public Loan readyToPay(ApplicationId id) {
		issueCertificate(id);
		Loan loan = loans.ofApplication(id).orElseThrow();
		return loans.acknowledgeCertificate(loan.bankCode(), id, new Actor("bank.test", "BANK_OFFICER"));
	}

}
