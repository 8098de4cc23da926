package kr.sangsaeng.disbursement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.applications.LoanPayout;
import kr.sangsaeng.applications.LoanPayouts;
import kr.sangsaeng.shared.ApplicationId;

import org.springframework.stereotype.Component;

/**
 * Tells the applications module which payments of an application's loan are in force, with their dates and
 * amounts only: the bank's references, reversals and who recorded them stay with the bank.
 */
@Component
class PayoutsForApplicants implements LoanPayouts {

	private final Loans loans;

	PayoutsForApplicants(Loans loans) {
		this.loans = loans;
	}

	@Override
	public List<LoanPayout> ofApplication(ApplicationId application) {
		return loans.entries(application)
			.stream()
			.filter(entry -> entry.isPayment() && !entry.isReversed())
			.map(entry -> new LoanPayout(entry.disbursedOn(), entry.amount()))
			.toList();
	}

	@Override
	public Optional<Instant> certificateAcknowledgedAt(ApplicationId application) {
		return loans.ofApplication(application).map(Loan::certificateAcknowledgedAt);
	}

}
