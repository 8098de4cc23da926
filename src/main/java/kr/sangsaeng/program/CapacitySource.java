package kr.sangsaeng.program;

/**
 * Where an agreement's capacity comes from: its funders' special contributions times their multiples, or an amount
 * the administrator set by hand with a reason (an agreement that states a fixed amount).
 */
public enum CapacitySource {

	CONTRIBUTIONS, STATED

}
