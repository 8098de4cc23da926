package kr.sangsaeng.company.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A supplier nomination as the tier-1 partner types it. The numbers and the amount are read by the controller; the
 * rules (own number, partner list, duplicates, the tier-2 supplier a tier-3 one comes through) are the service's.
 */
record NominationForm(@NotBlank(message = "{nomination.error.funder}") @Size(max = 16,
		message = "{nomination.error.funder}") String funderCode,
		@NotBlank(message = "{nomination.error.number.required}") @Size(max = 20,
				message = "{nomination.error.number.required}") String businessNumber,
		@NotBlank(message = "{nomination.error.companyName.required}") @Size(max = 400,
				message = "{nomination.error.companyName.required}") String companyName,
		@NotBlank(message = "{nomination.error.tier}") @Pattern(regexp = "TIER_[23]",
				message = "{nomination.error.tier}") String tier,
		@Size(max = 20, message = "{nomination.error.through}") String throughNumber,
		@Size(max = 2000, message = "{nomination.error.reason.tooLong}") String reason,
		@Size(max = 80, message = "{won.invalid.not-a-number}") String yearlyTrade) {

	static NominationForm empty(String funderCode) {
		return new NominationForm(funderCode, "", "", "TIER_2", "", "", "");
	}

}
