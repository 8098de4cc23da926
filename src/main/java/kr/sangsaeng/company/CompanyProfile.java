package kr.sangsaeng.company;

import java.time.Instant;
import java.time.LocalDate;

import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.Won;

/**
 * An SME's company profile as other modules see it, for eligibility checks and review.
 *
 * @param organisationId the SME's organisation in the identity module
 * @param businessNumber its business registration number, which never changes
 * @param email the address it signed up with
 * @param technologyFirm whether it declares itself a technology firm (기술기업, e.g. venture or innobiz certified)
 * @param exporter whether it declares itself an exporter
 */
public record CompanyProfile(long organisationId, BusinessRegistrationNumber businessNumber, LocalizedName name,
		String representativeName, IndustrySection industry, Region region, int employees, Won annualRevenue,
		LocalDate foundedOn, String phone, String email, Instant createdAt, Instant updatedAt, boolean technologyFirm,
		boolean exporter) {

	public CompanyDetails details() {
		return new CompanyDetails(name, representativeName, industry, region, employees, annualRevenue,
				foundedOn, phone, technologyFirm, exporter);
	}

}
