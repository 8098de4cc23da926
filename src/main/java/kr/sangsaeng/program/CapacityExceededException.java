package kr.sangsaeng.program;

import kr.sangsaeng.shared.Won;

/**
 * A reservation larger than what is left of a programme's capacity.
 */
public class CapacityExceededException extends ProgrammeRuleException {

	private final Won requested;

	private final Won remaining;

	public CapacityExceededException(Won requested, Won remaining) {
		super("capacity.rule.exceeded", requested, remaining);
		this.requested = requested;
		this.remaining = remaining;
	}

	public Won requested() {
		return requested;
	}

	public Won remaining() {
		return remaining;
	}

}
