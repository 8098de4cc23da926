package kr.sangsaeng.program;

/**
 * No agreement has the given code.
 */
public class UnknownAgreementException extends ProgrammeRuleException {

	public UnknownAgreementException(AgreementCode code) {
		super("agreement.rule.unknown", code.value());
	}

}
