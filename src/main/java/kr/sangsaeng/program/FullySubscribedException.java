package kr.sangsaeng.program;

import kr.sangsaeng.shared.Won;

/**
 * A submission that would take the amounts awaiting a decision past the programme's intake limit.
 */
public class FullySubscribedException extends ProgrammeRuleException {

	public FullySubscribedException(Won requested, Won room) {
		super("intake.rule.fullySubscribed", requested, room);
	}

}
