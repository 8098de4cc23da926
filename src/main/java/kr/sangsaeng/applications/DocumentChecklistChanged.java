package kr.sangsaeng.applications;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.AuditableEvent;

/**
 * The administrator changed the documents one of a programme's agreements asks for.
 *
 * @param before the checklist before, one line per document
 * @param after the checklist after, one line per document
 */
public record DocumentChecklistChanged(ProgrammeCode programme, AgreementCode agreement, String before,
		String after, String actor, Instant at) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "programme:" + programme.value();
	}

	@Override
	public String auditAction() {
		return "programme.documents-changed";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("agreement", agreement.value());
		Map<String, Object> checklist = new LinkedHashMap<>();
		checklist.put("before", before);
		checklist.put("after", after);
		details.put("documentChecklist", checklist);
		return details;
	}

}
