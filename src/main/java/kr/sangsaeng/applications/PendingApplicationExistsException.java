package kr.sangsaeng.applications;

import kr.sangsaeng.shared.ApplicationId;

/**
 * The SME already has an application awaiting a decision in this programme.
 */
public class PendingApplicationExistsException extends ApplicationRuleException {

	private final transient ApplicationId existing;

	public PendingApplicationExistsException(ApplicationId existing) {
		super("application.rule.pendingExists");
		this.existing = existing;
	}

	/**
	 * The application awaiting a decision, when known.
	 */
	public ApplicationId existing() {
		return existing;
	}

}
