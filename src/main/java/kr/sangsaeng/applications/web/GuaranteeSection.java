package kr.sangsaeng.applications.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.applications.ApplicationDetails;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.IssuedGuarantee;
import kr.sangsaeng.applications.IssuedGuarantees;
import kr.sangsaeng.applications.LoanPayout;
import kr.sangsaeng.applications.LoanPayouts;
import kr.sangsaeng.program.BenefitPot;
import kr.sangsaeng.program.GuaranteeCost;
import kr.sangsaeng.program.GuaranteeYearlyCosts;
import kr.sangsaeng.program.PotDraw;
import kr.sangsaeng.program.Pots;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.SeoulTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts together the "your guarantee" section of an SME's approved application from what the modules that issue
 * guarantees and record payments tell through the applications module's own interfaces.
 */
@Component
class GuaranteeSection {

	private final ObjectProvider<IssuedGuarantees> guarantees;

	private final ObjectProvider<LoanPayouts> payouts;

	private final Pots pots;

	private final GuaranteeYearlyCosts yearlyCosts;

	private final Clock clock;

	GuaranteeSection(ObjectProvider<IssuedGuarantees> guarantees, ObjectProvider<LoanPayouts> payouts, Pots pots,
			GuaranteeYearlyCosts yearlyCosts, Clock clock) {
		this.clock = clock;
		this.yearlyCosts = yearlyCosts;
		this.guarantees = guarantees;
		this.payouts = payouts;
		this.pots = pots;
	}

	/**
	 * The section for an application the SME owns (the caller checked that), once approved. A benefit whose pot had
	 * run out at approval is shown as stopped, and the fee then as the SME's alone.
	 */
	Optional<YourGuarantee> of(ApplicationDetails details, ProgrammeSummary programme) {
		ApplicationView application = details.application();
		IssuedGuarantees issued = guarantees.getIfAvailable();
		if (!application.status().wasApproved() || issued == null) {
			return Optional.empty();
		}
		LoanPayouts paid = payouts.getIfAvailable();
		List<LoanPayout> payments = paid == null ? List.of()
				: paid.ofApplication(application.id())
					.stream()
					.sorted(Comparator.comparing(LoanPayout::paidOn))
					.toList();
		List<BenefitPot> stopped = pots.drawsOf(application.id())
			.stream()
			.filter(draw -> !draw.granted())
			.map(PotDraw::pot)
			.toList();
		Instant acknowledged = paid == null ? null : paid.certificateAcknowledgedAt(application.id()).orElse(null);
		return issued.ofApplication(application.id())
			.map(guarantee -> new YourGuarantee(guarantee,
					stopped.contains(BenefitPot.FEE_SUPPORT)
							? GuaranteeCost.unsubsidised(guarantee.loanAmount(), guarantee.ratio(), guarantee.feeRate())
							: programme.terms().costOf(guarantee.loanAmount(), guarantee.ratio(), guarantee.feeRate()),
					programme.bankName(application.bankCode()), application.amount(),
					details.approvalExplanation(), payments, stopped, path(application, guarantee, acknowledged, payments),
					yearlyCosts.of(application.id(), programme.code(), guarantee.loanAmount(), guarantee.termMonths(),
							guarantee.ratio(), guarantee.feeRate())));
	}

	private GuaranteePath path(ApplicationView application, IssuedGuarantee guarantee, Instant acknowledged,
			List<LoanPayout> payments) {
		Instant firstPayment = payments.isEmpty() ? null
				: payments.get(0).paidOn().atStartOfDay(SeoulTime.ZONE).toInstant();
		Instant certificate = guarantee.certificateIssuedAt();
		return GuaranteePath.of(List.of(new GuaranteePath.Step("submitted", application.submittedAt(), "agency"),
				new GuaranteePath.Step("reviewed", application.decidedAt(), "agency"),
				new GuaranteePath.Step("approved", guarantee.issuedAt(), "agency"),
				new GuaranteePath.Step("agreementAccepted",
						guarantee.agreementAcceptedAt() != null ? guarantee.agreementAcceptedAt() : certificate, "company"),
				new GuaranteePath.Step("feePaid", guarantee.feePaidAt() != null ? guarantee.feePaidAt() : certificate,
						"company"),
				new GuaranteePath.Step("certificateIssued", certificate, "agency"),
				new GuaranteePath.Step("acknowledged", acknowledged, "bank"),
				new GuaranteePath.Step("disbursed", firstPayment, "bank")), SeoulTime.today(clock));
	}

}
