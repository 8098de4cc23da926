package kr.sangsaeng.applications;

import java.io.Serializable;

/**
 * A slot of the checklist that stops a submission: its document is missing, too old, or asked for again.
 */
public record DocumentShortfall(String documentType, Problem problem, Integer maxAgeDays)
		implements Serializable {

	public enum Problem {

		MISSING, STALE, ASKED_AGAIN

	}

	public String typeKey() {
		return "document.type." + documentType;
	}

	public String messageKey() {
		return "application.document.shortfall." + problem.name();
	}

}
