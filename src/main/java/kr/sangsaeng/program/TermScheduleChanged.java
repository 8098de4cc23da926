package kr.sangsaeng.program;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;

/**
 * The administrator changed the yearly terms of one of a programme's agreements.
 *
 * @param before the schedule before, one line per row
 * @param after the schedule after, one line per row
 */
public record TermScheduleChanged(ProgrammeCode programme, AgreementCode agreement, String before, String after,
		String actor, Instant at) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "programme:" + programme.value();
	}

	@Override
	public String auditAction() {
		return "programme.terms-changed";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("agreement", agreement.value());
		Map<String, Object> schedule = new LinkedHashMap<>();
		schedule.put("before", before);
		schedule.put("after", after);
		details.put("termSchedule", schedule);
		return details;
	}

}
