package kr.sangsaeng.program;

import kr.sangsaeng.shared.Won;

/**
 * How an agreement is funded: the unit and source of its capacity, what its funders contributed, and its
 * fee-support and interest-subsidy pots.
 */
public record AgreementFunding(CapacityUnit unit, CapacitySource source, Won contributed, Pot feeSupport,
		Pot interestSubsidy) {

	public static final AgreementFunding NONE = new AgreementFunding(CapacityUnit.LOAN, CapacitySource.STATED,
			Won.ZERO, new Pot(Won.ZERO, Won.ZERO), new Pot(Won.ZERO, Won.ZERO));

	public boolean followsContributions() {
		return source == CapacitySource.CONTRIBUTIONS;
	}

}
