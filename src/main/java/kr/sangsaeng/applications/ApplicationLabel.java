package kr.sangsaeng.applications;

import java.time.LocalDate;

import kr.sangsaeng.shared.LocalizedName;

/**
 * How an application is named to the SME in notifications and mail: its receipt number and its programme.
 *
 * @param receipt the printed receipt number, {@code —} for a draft
 * @param informationDueOn the deadline of the agency's request for information while it waits for the SME, else
 * {@code null}
 */
public record ApplicationLabel(long applicationId, String receipt, LocalizedName programmeName,
		LocalDate informationDueOn) {

}
