package kr.sangsaeng.program;

/**
 * Where a programme is in its life: draft, open for applications, suspended, or closed.
 */
public enum ProgrammeStatus {

	DRAFT, OPEN, SUSPENDED, CLOSED;

	public String messageKey() {
		return "programme.status." + name();
	}

}
