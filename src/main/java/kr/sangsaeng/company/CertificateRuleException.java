package kr.sangsaeng.company;

import kr.sangsaeng.shared.RuleViolation;

/**
 * A certificate that cannot be taken, or a refusal without a usable reason; reported next to {@link #field()}.
 */
public class CertificateRuleException extends RuleViolation {

	public CertificateRuleException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
