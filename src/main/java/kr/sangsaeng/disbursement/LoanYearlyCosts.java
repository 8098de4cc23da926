package kr.sangsaeng.disbursement;

import java.util.Optional;

import kr.sangsaeng.applications.IssuedGuarantees;
import kr.sangsaeng.program.GuaranteeYearlyCosts;
import kr.sangsaeng.program.YearlyCosts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a loan's guarantee costs year by year, as the SME's application and the certificate show it.
 */
@Component
public class LoanYearlyCosts {

	private final ObjectProvider<IssuedGuarantees> guarantees;

	private final GuaranteeYearlyCosts yearlyCosts;

	LoanYearlyCosts(ObjectProvider<IssuedGuarantees> guarantees, GuaranteeYearlyCosts yearlyCosts) {
		this.guarantees = guarantees;
		this.yearlyCosts = yearlyCosts;
	}

	/**
	 * The loan's yearly costs, or empty when its guarantee is not known here.
	 */
	public Optional<YearlyCosts> of(Loan loan) {
		IssuedGuarantees issued = guarantees.getIfAvailable();
		if (issued == null) {
			return Optional.empty();
		}
		return issued.ofApplication(loan.id())
			.map(guarantee -> yearlyCosts.of(loan.id(), loan.programmeCode(), guarantee.loanAmount(),
					guarantee.termMonths(), guarantee.ratio(), guarantee.feeRate()));
	}

}
