package kr.sangsaeng.company.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A recommendation as the funder types it. The business registration number, the amount and the date are read by
 * the controller; the rules (partner list, agreement, cap, validity) are the service's.
 */
record RecommendationForm(@NotBlank(message = "{recommendation.error.number.required}") @Size(max = 20,
		message = "{recommendation.error.number.required}") String businessNumber,
		@NotBlank(message = "{recommendation.error.agreement}") @Size(max = 48,
				message = "{recommendation.error.agreement}") String agreementCode,
		@NotBlank(message = "{recommendation.error.tier}") @Pattern(regexp = "TIER_[123]",
				message = "{recommendation.error.tier}") String tier,
		@Size(max = 80, message = "{won.invalid.not-a-number}") String amount,
		@NotBlank(message = "{recommendation.error.validUntil.required}") @Size(max = 20,
				message = "{recommendation.error.validUntil.format}") String validUntil) {

	static RecommendationForm empty(String businessNumber) {
		return new RecommendationForm(businessNumber == null ? "" : businessNumber, "", "TIER_1", "", "");
	}

}
