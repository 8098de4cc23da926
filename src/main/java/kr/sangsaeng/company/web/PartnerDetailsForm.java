package kr.sangsaeng.company.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.internal.Partner;
import kr.sangsaeng.company.internal.PartnerLists;
import kr.sangsaeng.shared.MailAddresses;

/**
 * What can be changed about a listed partner: its company name, tier and contact address (optional, checked with
 * {@link MailAddresses} by the controller). The number identifies it and stays.
 */
record PartnerDetailsForm(
		@NotBlank(message = "{partner.form.companyName.required}") @Size(max = PartnerLists.MAX_COMPANY_NAME_LENGTH,
				message = "{partner.form.companyName.tooLong}") String companyName,
		@NotNull(message = "{partner.form.tier.required}") @Pattern(regexp = "TIER_[123]",
				message = "{partner.form.tier.required}") String tier,
		@Size(max = MailAddresses.MAXIMUM_LENGTH, message = "{partner.form.contactEmail.invalid}") String contactEmail) {

	PartnerDetailsForm {
		companyName = PartnerLists.normaliseCompanyName(companyName);
		contactEmail = PartnerLists.normaliseContactEmail(contactEmail);
	}

	PartnerTier chosenTier() {
		return PartnerTier.valueOf(tier);
	}

	static PartnerDetailsForm of(Partner partner) {
		return new PartnerDetailsForm(partner.companyName(), partner.tier().name(), partner.contactEmail());
	}

}
