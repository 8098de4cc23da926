package kr.sangsaeng.company.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The funder's reason for refusing a supplier nomination, which the nominating partner reads.
 */
record NominationRefusalForm(@NotBlank(message = "{nomination.error.refusal.required}") @Size(max = 2000,
		message = "{nomination.error.reason.tooLong}") String reason) {

	static NominationRefusalForm empty() {
		return new NominationRefusalForm("");
	}

}
