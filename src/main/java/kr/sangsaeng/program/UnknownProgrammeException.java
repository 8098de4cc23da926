package kr.sangsaeng.program;

/**
 * No programme has the given code.
 */
public class UnknownProgrammeException extends ProgrammeRuleException {

	public UnknownProgrammeException(ProgrammeCode code) {
		super("programme.rule.unknown", code.value());
	}

}
