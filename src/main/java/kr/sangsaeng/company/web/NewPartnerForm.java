package kr.sangsaeng.company.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.internal.PartnerLists;
import kr.sangsaeng.shared.MailAddresses;

/**
 * A partner added by hand. The business registration number is checked with its check digit, the optional contact
 * address with {@link MailAddresses}, by the controller.
 */
record NewPartnerForm(@NotBlank(message = "{partner.form.number.required}") String businessRegistrationNumber,
		@NotBlank(message = "{partner.form.companyName.required}") @Size(max = PartnerLists.MAX_COMPANY_NAME_LENGTH,
				message = "{partner.form.companyName.tooLong}") String companyName,
		@NotNull(message = "{partner.form.tier.required}") @Pattern(regexp = "TIER_[123]",
				message = "{partner.form.tier.required}") String tier,
		@Size(max = MailAddresses.MAXIMUM_LENGTH, message = "{partner.form.contactEmail.invalid}") String contactEmail) {

	NewPartnerForm {
		companyName = PartnerLists.normaliseCompanyName(companyName);
		contactEmail = PartnerLists.normaliseContactEmail(contactEmail);
	}

	PartnerTier chosenTier() {
		return PartnerTier.valueOf(tier);
	}

	static NewPartnerForm empty() {
		return new NewPartnerForm("", "", null, "");
	}

}
