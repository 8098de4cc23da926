package kr.sangsaeng.program;

/**
 * How an administrator changes a programme's capacity. Each change is a ledger entry; capacity is their sum.
 */
public enum CapacityChange {

	INCREASE, DECREASE;

	public String messageKey() {
		return "capacity.change." + name();
	}

}
