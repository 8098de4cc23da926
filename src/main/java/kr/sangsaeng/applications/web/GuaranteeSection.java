package kr.sangsaeng.applications.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.applications.ApplicationDetails;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.IssuedGuarantees;
import kr.sangsaeng.applications.LoanPayout;
import kr.sangsaeng.applications.LoanPayouts;
import kr.sangsaeng.program.BenefitPot;
import kr.sangsaeng.program.GuaranteeCost;
import kr.sangsaeng.program.PotDraw;
import kr.sangsaeng.program.Pots;
import kr.sangsaeng.program.ProgrammeSummary;

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

	GuaranteeSection(ObjectProvider<IssuedGuarantees> guarantees, ObjectProvider<LoanPayouts> payouts, Pots pots) {
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
		return issued.ofApplication(application.id())
			.map(guarantee -> new YourGuarantee(guarantee,
					stopped.contains(BenefitPot.FEE_SUPPORT)
							? GuaranteeCost.unsubsidised(guarantee.loanAmount(), guarantee.ratio(), guarantee.feeRate())
							: programme.terms().costOf(guarantee.loanAmount(), guarantee.ratio(), guarantee.feeRate()),
					programme.bankName(application.bankCode()), application.amount(),
					details.approvalExplanation(), payments, stopped));
	}

}
