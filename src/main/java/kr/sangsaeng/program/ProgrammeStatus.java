package kr.sangsaeng.program;

import java.util.Map;
import java.util.Set;

/**
 * Where a programme is in its life: draft → open → suspended ↔ open → closed.
 */
public enum ProgrammeStatus {

	DRAFT, OPEN, SUSPENDED, CLOSED;

	private static final Map<ProgrammeStatus, Set<ProgrammeStatus>> NEXT = Map.of(DRAFT, Set.of(OPEN), OPEN,
			Set.of(SUSPENDED, CLOSED), SUSPENDED, Set.of(OPEN, CLOSED), CLOSED, Set.of());

	public boolean canMoveTo(ProgrammeStatus target) {
		return NEXT.get(this).contains(target);
	}

	public Set<ProgrammeStatus> next() {
		return NEXT.get(this);
	}

	public String messageKey() {
		return "programme.status." + name();
	}

}
