package kr.sangsaeng.company.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kr.sangsaeng.company.CompanyProfile;

/**
 * The company profile form as typed: everything an SME may correct about itself.
 */
record CompanyProfileForm(
		@NotBlank(message = "{company.error.companyName.required}")
		@Size(max = CompanyDetailsForm.NAME_LENGTH, message = "{company.error.tooLong}") @PlainText String companyName,
		@Size(max = CompanyDetailsForm.NAME_LENGTH, message = "{company.error.tooLong}") @PlainText String companyNameEnglish,
		@NotBlank(message = "{company.error.representativeName.required}")
		@Size(max = CompanyDetailsForm.REPRESENTATIVE_LENGTH, message = "{company.error.tooLong}") @PlainText String representativeName,
		@NotBlank(message = "{company.error.industry.required}")
		@Size(max = CompanyDetailsForm.SHORT_FIELD_LENGTH, message = "{company.error.industry.unknown}") String industry,
		@NotBlank(message = "{company.error.region.required}")
		@Size(max = CompanyDetailsForm.SHORT_FIELD_LENGTH, message = "{company.error.region.unknown}") String region,
		@NotBlank(message = "{company.error.employees.required}")
		@Size(max = CompanyDetailsForm.SHORT_FIELD_LENGTH, message = "{company.error.employees.invalid}") String employees,
		@NotBlank(message = "{won.invalid.empty}")
		@Size(max = CompanyDetailsForm.SHORT_FIELD_LENGTH, message = "{won.invalid.not-a-number}") String annualRevenue,
		@NotBlank(message = "{company.error.foundedOn.required}")
		@Size(max = CompanyDetailsForm.SHORT_FIELD_LENGTH, message = "{company.error.foundedOn.invalid}") String foundedOn,
		@NotBlank(message = "{company.error.phone.required}")
		@Size(max = CompanyDetailsForm.SHORT_FIELD_LENGTH, message = "{company.error.phone.invalid}") String phone,
		String technologyFirm, String exporter)
		implements CompanyDetailsForm {

	static CompanyProfileForm empty() {
		return new CompanyProfileForm(null, null, null, null, null, null, null, null, null, null, null);
	}

	static CompanyProfileForm of(CompanyProfile profile) {
		String korean = profile.name().korean();
		String english = profile.name().english();
		return new CompanyProfileForm(korean, english.equals(korean) ? "" : english, profile.representativeName(),
				profile.industry().name(), profile.region().name(), Integer.toString(profile.employees()),
				String.format(Locale.ROOT, "%,d", profile.annualRevenue().value()),
				profile.foundedOn().format(DateTimeFormatter.ISO_LOCAL_DATE), profile.phone(),
				profile.technologyFirm() ? "true" : "", profile.exporter() ? "true" : "");
	}

}
