package kr.sangsaeng.program;

import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

/**
 * The unit in which an agreement states and consumes its capacity: the loans it may back, or the guarantees it may
 * issue (the guaranteed share of those loans).
 */
public enum CapacityUnit {

	LOAN, GUARANTEE;

	/**
	 * What a loan guaranteed at {@code ratio} takes of a capacity stated in this unit, in whole won (rounded down).
	 */
	public Won of(Won loan, Percentage ratio) {
		return this == LOAN ? loan : ratio.of(loan);
	}

	public String messageKey() {
		return "contribution.unit." + name();
	}

}
