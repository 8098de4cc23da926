package kr.sangsaeng.applications;

/**
 * Someone else changed the application after the user opened it; the user's action would act on what they have
 * not seen, so it is refused.
 */
public class ApplicationChangedException extends ApplicationRuleException {

	public ApplicationChangedException() {
		super("application.rule.changed");
	}

}
