package kr.sangsaeng.disbursement;

import java.util.Arrays;

import kr.sangsaeng.shared.RuleViolation;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Something the rules of a loan do not allow; {@link #messageKey()} explains it, {@link #field()} names the value
 * at fault when there is one. A loan status among the arguments is given by its message key, so that every reader
 * sees it in their own language.
 */
public class LoanRuleException extends RuleViolation {

	public LoanRuleException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, readable(arguments));
	}

	private static Object[] readable(Object[] arguments) {
		return Arrays.stream(arguments)
			.map(argument -> argument instanceof String key && (key.startsWith("loan.status.") || key.startsWith("claim.status."))
					? new DefaultMessageSourceResolvable(key) : argument)
			.toArray();
	}

}
